/// The fictional people of the demo. Names are deliberately whimsical so nobody mistakes them
/// for real patients, and span scripts and diacritics so de-identification and display are
/// exercised on more than ASCII.
enum DemoPeople {
    enum Pronoun: Sendable { case she, he }

    struct Person: Sendable {
        var name: String
        var aliases: [String]
        var pronoun: Pronoun
        var origin: Int
    }

    /// The hand-made clients who carry the teaching patterns and open the list.
    static let featured: [Person] = [
        Person(name: "Zoë Brightwater", aliases: ["Zo", "Zoë B."], pronoun: .she, origin: 0),
        Person(name: "Søren Kettlewick-Ravn", aliases: ["Sørn", "Kettle"], pronoun: .he, origin: 1),
        Person(name: "Ágnes Pipacsvölgyi", aliases: ["Ági", "Ágika"], pronoun: .she, origin: 2),
        Person(name: "王小明", aliases: ["Xiaoming", "小明", "Ming"], pronoun: .he, origin: 3),
        Person(name: "Анна Светлякова", aliases: ["Аня", "Anya"], pronoun: .she, origin: 4),
        Person(name: "Νικόλαος Μελισσάκης", aliases: ["Νίκος", "Nikos"], pronoun: .he, origin: 5),
        Person(name: "נועה פלאי-זהבי", aliases: ["Noa", "נוֹעִי"], pronoun: .she, origin: 6),
        Person(name: "Maëlle Fontaine-Duvivier", aliases: ["Maë"], pronoun: .she, origin: 7),
        Person(name: "Ömer Yıldızoğlu-Parlak", aliases: ["Ömi"], pronoun: .he, origin: 8),
        Person(name: "José Ángel Cienfuegos-Ruiz", aliases: ["Pepe", "Josean"], pronoun: .he, origin: 9),
        Person(name: "ليلى القمراني", aliases: ["Layla", "Lulu"], pronoun: .she, origin: 10),
        Person(name: "Dagný Þórhallsdóttir-Quist", aliases: ["Dagga"], pronoun: .she, origin: 11),
        Person(name: "Björn Quillfeather", aliases: ["Bjössi"], pronoun: .he, origin: 1),
        Person(name: "Priya Venkataraman-Holt", aliases: ["Pri"], pronoun: .she, origin: 0),
        Person(name: "Oisín Fenwick-Mulready", aliases: ["Osh"], pronoun: .he, origin: 0),
        Person(name: "Chidinma Okafor-Lindqvist", aliases: ["Chi", "Dinma"], pronoun: .she, origin: 0),
    ]

    struct Origin: Sendable {
        /// `name|nickname` pairs; the nickname becomes the alias.
        var women: [String]
        var men: [String]
        var surnames: [String]
    }

    static let origins: [Origin] = [
        Origin(women: ["Imogen|Immy", "Harriet|Hattie", "Beatrix|Bea", "Rosalind|Ros", "Clementine|Clem", "Winifred|Winnie"],
               men: ["Barnaby|Barney", "Ambrose|Bro", "Percival|Percy", "Tobias|Toby", "Rupert|Ru", "Fergus|Gus"],
               surnames: ["Thistlewood", "Marrowby", "Pennyworth", "Ashgrove", "Quenby", "Larkspur", "Fennimore"]),
        Origin(women: ["Sigrid|Siggi", "Åsa|Åsi", "Liv|Livvy", "Ingeborg|Inge"],
               men: ["Søren|Sø", "Torsten|Tosse", "Eskil|Esse", "Halvard|Halle"],
               surnames: ["Fjellstrøm", "Birkelund", "Havsøe", "Lyngdal"]),
        Origin(women: ["Ágnes|Ági", "Zsófia|Zsófi", "Réka|Rékuci", "Ildikó|Ildi"],
               men: ["Gergő|Gergely", "Ödön|Ödi", "Bálint|Bali", "Levente|Levi"],
               surnames: ["Szilvásfalvi", "Körtvélyesi", "Pipacsos", "Nádasdy-Vőfély"]),
        Origin(women: ["李晓雯|晓雯", "陈美玲|美玲", "张雨桐|桐桐"],
               men: ["王小明|小明", "刘建华|建华", "赵子轩|子轩"],
               surnames: []),
        Origin(women: ["Ольга|Оля", "Наталья|Наташа", "Ксения|Ксюша"],
               men: ["Дмитрий|Дима", "Алексей|Лёша", "Михаил|Миша"],
               surnames: ["Воробейчикова", "Снегирёва", "Ромашкина"]),
        Origin(women: ["Ελένη|Λένα", "Σοφία|Σόφη", "Δέσποινα|Νένα"],
               men: ["Γιώργος|Γιωργάκης", "Δημήτρης|Μήτσος", "Σπύρος|Σπύρο"],
               surnames: ["Ανεμογιάννη", "Λεμονοπούλου", "Θαλασσινού"]),
        Origin(women: ["מיכל|מיכלי", "תמר|תמי", "שירה|שירי"],
               men: ["יונתן|יוני", "אביב|אבי", "עומר|עומרי"],
               surnames: ["שקדיאל", "רימוני", "גלבוע-טל"]),
        Origin(women: ["Héloïse|Lolo", "Aurélie|Lili", "Maëlys|Maë"],
               men: ["Benoît|Ben", "Gaëtan|Gaga", "Théo|Titi"],
               surnames: ["Moulinsart", "Cerisaie", "Boisjoli-Lefèvre"]),
        Origin(women: ["Şule|Şulecik", "Gülay|Gül", "Çiğdem|Çiği"],
               men: ["Ömer|Ömi", "Barış|Bari", "Çağrı|Çağ"],
               surnames: ["Karaağaçlı", "Menekşeoğlu", "Yaprakçı"]),
        Origin(women: ["María José|Majo", "Begoña|Bego", "Inés|Nesi"],
               men: ["José Ángel|Pepe", "Íñigo|Iñi", "Joaquín|Quino"],
               surnames: ["Peñalavera", "Girasoles", "Almendral-Núñez"]),
        Origin(women: ["ليلى|لولو", "سلمى|سلوم", "نور|نونو"],
               men: ["كريم|كاكا", "سامي|سمسم", "يوسف|جو"],
               surnames: ["القمراني", "الياسميني", "الزيتوني"]),
        Origin(women: ["Dagný|Dagga", "Þóra|Tóta", "Sólveig|Sóla"],
               men: ["Ægir|Æsi", "Hrafn|Krummi", "Bjarki|Baddi"],
               surnames: ["Þórhallsdóttir", "Lundason", "Fífilsdóttir"]),
    ]

    /// Roles a client's figures are drawn from, most common first.
    static let roles = ["mother", "father", "partner", "sister", "brother", "boss", "friend", "grandmother",
                        "ex-partner", "colleague", "daughter", "son"]

    /// A generated client beyond the featured ones: a first name and surname from one origin.
    static func person(_ rng: inout SplitMix64) -> Person {
        let origin = rng.int(in: 0...(origins.count - 1))
        let pronoun: Pronoun = rng.chance(0.55) ? .she : .he
        let (first, nick) = split(rng.pick(pronoun == .she ? origins[origin].women : origins[origin].men))
        let surnames = origins[origin].surnames
        let name = surnames.isEmpty ? first : first + " " + rng.pick(surnames)
        return Person(name: name, aliases: [nick], pronoun: pronoun, origin: origin)
    }

    /// A figure's first name from the client's own origin; partners, friends and colleagues are
    /// sometimes from elsewhere.
    static func figureName(role: String, origin: Int, _ rng: inout SplitMix64) -> String {
        let chosen = ["partner", "ex-partner", "friend", "colleague", "boss"].contains(role) && rng.chance(0.3)
        let pool = chosen ? rng.pick(origins) : origins[origin]
        let female = ["mother", "sister", "grandmother", "daughter"].contains(role)
            || (!["father", "brother", "son"].contains(role) && rng.chance(0.5))
        return split(rng.pick(female ? pool.women : pool.men)).0
    }

    private static func split(_ pair: String) -> (String, String) {
        let parts = pair.split(separator: "|", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : parts[0])
    }
}
