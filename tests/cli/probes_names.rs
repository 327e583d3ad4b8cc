//! Hand probes of names and speakers (issue: name and speaker
//! substitutions in close renderings): one Indonesian sentence against one
//! English sentence, written for this file (no sentence of NTREX-128 or
//! WMT newstest), covering the substitutions a close translation with
//! injected changes makes: a person replaced (full name, surname, given
//! name, with a title or rank, single Indonesian names, Arabic, Chinese,
//! Korean and Russian names), a name respelled (one letter, a doubled
//! letter, ie/y, kh/h, ou/u, j/dzh, ks/x, ye/e), a place replaced (city,
//! province, country, with compass words), an organisation replaced, the
//! speaker of reported speech replaced; and controls that must give no name
//! flag (translations, exonyms, translated titles, possessives, AS/U.S.).
//!
//! Convention (as the direct quotation "Kami tidak akan menyerah," kata
//! Zelenskyy / Putin said gives it): on its own a pair cannot tell a
//! person misnamed from a statement credited to someone else, so a replaced
//! name is `name_mismatch`, reported speech or not, and a quotation whose
//! speaker differs adds `speaker_mismatch`; the story tells the two apart
//! (`speaker_mismatch` alone when the source names the person elsewhere,
//! see the last test).
//!
//! Before the fixes of this round 70 of the 99 probes (these and the
//! failures below) gave the expected flags; after them, 84, and 85 once a
//! word the lexicon gives only as its own translation ("putin") was no
//! longer an English common word (brief-4), and 91 once a pair that says
//! the same but for names put in each other's place was linked as if the
//! names met (`score::names_replaced`: brief-7, four short place probes and
//! the short central-bank probe), and 93 once an unknown hyphenated word
//! was read as its parts in Indonesian as in English ("En-Nesyri") and the
//! news lexicon gave "sundulan" / "header" and "lolos ke" / "reach".
//!
//! A probe that still fails, kept out of the asserting tests (the expected
//! flags; see the report of the round):
//!   org-bank-long: "Bank Indonesia menaikkan suku bunga acuan sebesar 25 basis poin pada hari Kamis." / "The Federal Reserve raised its benchmark interest rate by 25 basis points on Thursday.": want name_mismatch:Bank Indonesia|Federal Reserve
//!
//! (Why: "Bank Indonesia" opens its sentence with a common word before a
//! listed place, so it is read as "Indonesia", a place, which does not
//! stand for an organisation.)
//!
//! Session 11 added a surname that is an Indonesian word ("Mohammed
//! Salah"), a five-letter Korean syllable ("Tae-young"), an institution of
//! another place ("Bank Indonesia" / "Bank Negara Malaysia") and a word of
//! an organisation's name put in another's place ("Partai Demokrat" /
//! "Republican Party", formerly org-party in the list above, read then as
//! a translation past a word the lexicon lacks), a company replaced in a
//! short sentence once "perusahaan rintisan" / "startup" met, and a
//! two-word name opening its sentence ("Sungai Mekong": its second capital
//! says it is a name), two listed acronyms of different organisations
//! outside a close rendering (org-acronym, formerly in the list above:
//! WHO / UNICEF), and brief-6, formerly there too, once "dua gol" /
//! "scored twice" met as one count (a figure written in words that the
//! other side states exactly meets it with those words), with controls: 22 organisations' names translated, none
//! flagged.

use crate::realnews::{align, align_story, assert_linked_with, assert_linked_without, Pair};

/// The pair is linked, its `name_` flags are exactly `want`'s, and each
/// `speaker_` prefix in `want` starts a flag (none when `want` has none).
fn assert_flags(source: &str, report: &str, want: &[&str]) {
    let p: Pair = align(source, report);
    assert!(p.linked, "{source} / {report}: {}", p.notes);
    let mut got: Vec<&str> = p
        .flags
        .iter()
        .map(String::as_str)
        .filter(|f| f.starts_with("name_"))
        .collect();
    let mut names: Vec<&str> = want
        .iter()
        .copied()
        .filter(|f| f.starts_with("name_"))
        .collect();
    got.sort_unstable();
    names.sort_unstable();
    assert_eq!(got, names, "{source} / {report}: {:?}", p.flags);
    let speakers: Vec<&str> = want
        .iter()
        .copied()
        .filter(|f| f.starts_with("speaker_"))
        .collect();
    let got_speaker = p.flags.iter().any(|f| f.starts_with("speaker_"));
    assert_eq!(
        got_speaker,
        !speakers.is_empty(),
        "{source} / {report}: {:?}",
        p.flags
    );
    for s in speakers {
        assert!(
            p.flags.iter().any(|f| f.starts_with(s)),
            "{source} / {report}: {:?}",
            p.flags
        );
    }
}

/// A person, place, organisation or speaker put in another's place.
#[test]
fn replaced_names_and_speakers_are_flagged() {
    for (source, report, want) in [
        // brief-2
        (
            "Gubernur California Gavin Newsom menandatangani undang-undang itu.",
            "Texas Governor Gavin Newsom signed the law.",
            &["name_mismatch:California|Texas"][..],
        ),
        // brief-3
        (
            "Perdana Menteri Theresa May bertemu dengan Kanselir Angela Merkel di Berlin.",
            "Prime Minister Theresa May met President Emmanuel Macron in Berlin.",
            &["name_mismatch:Angela Merkel|Emmanuel Macron"][..],
        ),
        // brief-5
        (
            "\"Ini adalah hari yang bersejarah,\" ujar Perdana Menteri Jacinda Ardern.",
            "\"This is a historic day,\" said opposition leader Simon Bridges.",
            &["name_mismatch:Jacinda Ardern|Simon Bridges", "speaker_mismatch:"][..],
        ),
        // person-full
        (
            "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah.",
            "President Susilo Bambang Yudhoyono inaugurated a new toll road in Central Java.",
            &["name_mismatch:Joko Widodo|Susilo Bambang Yudhoyono"][..],
        ),
        // person-surname
        (
            "Menteri Keuangan Sri Mulyani Indrawati mengumumkan anggaran baru.",
            "Finance Minister Sri Mulyani Hartono announced the new budget.",
            &["name_mismatch:Indrawati|Hartono"][..],
        ),
        // person-firstname
        (
            "Penyerang Marcus Rashford mencetak gol pembuka.",
            "Striker Jadon Rashford scored the opening goal.",
            &["name_mismatch:Marcus|Jadon"][..],
        ),
        // person-rank
        (
            "Jenderal Andika Perkasa memimpin upacara itu.",
            "General Dudung Abdurachman led the ceremony.",
            &["name_mismatch:Andika Perkasa|Dudung Abdurachman"][..],
        ),
        // person-single
        (
            "Prabowo berkunjung ke Beijing pada hari Rabu.",
            "Anies visited Beijing on Wednesday.",
            &["name_mismatch:Prabowo|Anies"][..],
        ),
        // person-arabic
        (
            "Menteri Luar Negeri Arab Saudi Faisal bin Farhan tiba di Kairo.",
            "Saudi Foreign Minister Adel al-Jubeir arrived in Cairo.",
            &["name_mismatch:Faisal bin Farhan|Adel al-Jubeir"][..],
        ),
        // person-chinese
        (
            "Presiden Xi Jinping menyambut tamunya di Beijing.",
            "President Hu Jintao welcomed his guest in Beijing.",
            &["name_mismatch:Xi Jinping|Hu Jintao"][..],
        ),
        // person-russian
        (
            "Menteri Pertahanan Sergei Shoigu menginspeksi pasukan di perbatasan.",
            "Defence Minister Andrei Belousov inspected troops on the border.",
            &["name_mismatch:Sergei Shoigu|Andrei Belousov"][..],
        ),
        // person-doctor
        (
            "Dokter Budi Santoso merawat para korban di rumah sakit itu.",
            "Doctor Agus Santoso treated the victims at the hospital.",
            &["name_mismatch:Budi|Agus"][..],
        ),
        // person-lone-surname
        (
            "Messi mencetak gol kemenangan pada menit terakhir.",
            "Ronaldo scored the winning goal in the last minute.",
            &["name_mismatch:Messi|Ronaldo"][..],
        ),
        // person-surname-2
        (
            "Gelandang Jordan Henderson mencetak gol penyeimbang.",
            "Midfielder Jordan Pickford scored the equaliser.",
            &["name_mismatch:Henderson|Pickford"][..],
        ),
        // person-two-names
        (
            "Presiden Biden dan Perdana Menteri Kishida menandatangani perjanjian itu.",
            "President Biden and Prime Minister Albanese signed the agreement.",
            &["name_mismatch:Kishida|Albanese"][..],
        ),
        // place-city
        (
            "Gempa berkekuatan 6,2 mengguncang Surabaya pada Senin pagi.",
            "A 6.2-magnitude quake shook Semarang on Monday morning.",
            &["name_mismatch:Surabaya|Semarang"][..],
        ),
        // place-compass
        (
            "Banjir melanda Jawa Barat pada hari Kamis.",
            "Floods hit Central Java on Thursday.",
            &["name_mismatch:Jawa Barat|Central Java"][..],
        ),
        // place-second
        (
            "Kapal itu berlayar dari Makassar menuju Surabaya.",
            "The ship sailed from Makassar to Balikpapan.",
            &["name_mismatch:Surabaya|Balikpapan"][..],
        ),
        // place-exonym
        (
            "Delegasi itu tiba di Jerman pada hari Minggu.",
            "The delegation arrived in France on Sunday.",
            &["name_mismatch:Jerman|France"][..],
        ),
        // place-concert
        (
            "Penyanyi Taylor Swift menggelar konser di Singapura.",
            "Singer Taylor Swift held a concert in Bangkok.",
            &["name_mismatch:Singapura|Bangkok"][..],
        ),
        // place-compass-2
        (
            "Gempa terjadi di lepas pantai Sulawesi Utara.",
            "The quake struck off the coast of North Maluku.",
            &["name_mismatch:Sulawesi|Maluku"][..],
        ),
        // org-nato
        (
            "Para pemimpin NATO bertemu di Brussel.",
            "European Union leaders met in Brussels.",
            &["name_mismatch:NATO|European Union"][..],
        ),
        // brief-6: "dua gol" / "scored twice" are one count
        (
            "Kapten Harry Kane mencetak dua gol untuk Tottenham.",
            "Captain Dele Alli scored twice for Tottenham.",
            &["name_mismatch:Harry Kane|Dele Alli"][..],
        ),
        // org-acronym: two listed organisations, though the pair is no
        // close rendering
        (
            "Pengumuman itu disampaikan oleh WHO pada hari Kamis.",
            "The announcement was made by UNICEF on Thursday.",
            &["name_mismatch:WHO|UNICEF"][..],
        ),
        // org-party: each name keeps a word the other lacks (since session
        // 12 the lexicon knows each party's name whole, so the flag names
        // the parties)
        (
            "Partai Demokrat memenangkan mayoritas kursi.",
            "The Republican Party won a majority of seats.",
            &["name_mismatch:Partai Demokrat|Republican Party"][..],
        ),
        // One religion's followers put in another's place.
        (
            "Umat Kristen merayakan Natal pada hari Rabu.",
            "Muslims celebrated Christmas on Wednesday.",
            &["name_mismatch:Kristen|Muslims"][..],
        ),
        (
            "Para pemimpin Muslim mengecam serangan itu.",
            "Christian leaders condemned the attack.",
            &["name_mismatch:Muslim|Christian"][..],
        ),
        // A ministry put in another's place: the phrase "kementerian
        // pertahanan" (defence ministry) meets "Ministry" by one word only.
        (
            "Pada hari Senin, Kementerian Pertahanan mengumumkan anggaran baru.",
            "On Monday, the Health Ministry announced a new budget.",
            &["name_mismatch:Kementerian Pertahanan|Health Ministry"][..],
        ),
        // org-place: one place's institution put in another's
        (
            "Bank Indonesia menaikkan suku bunga acuan menjadi 6 persen.",
            "Bank Negara Malaysia raised its benchmark rate to 6 percent.",
            &["name_mismatch:Indonesia|Negara Malaysia"][..],
        ),
        (
            "Kedutaan Besar Prancis di Jakarta ditutup pada hari Senin.",
            "The German Embassy in Jakarta was closed on Monday.",
            &["name_mismatch:Prancis|German"][..],
        ),
        (
            "Bank Sentral Eropa mempertahankan suku bunga pada hari Kamis.",
            "The Bank of Japan held interest rates on Thursday.",
            &["name_mismatch:Eropa|Japan"][..],
        ),
        // speaker-reported
        (
            "Erdogan menegaskan bahwa Turki akan tetap netral.",
            "Orban stressed that Turkey would remain neutral.",
            &["name_mismatch:Erdogan|Orban"][..],
        ),
        // speaker-menurut
        (
            "Menurut Menteri Kesehatan Budi Gunadi Sadikin, vaksin itu aman.",
            "According to Health Minister Terawan Agus Putranto, the vaccine is safe.",
            &["name_mismatch:Budi Gunadi Sadikin|Terawan Agus Putranto"][..],
        ),
        // speaker-chief
        (
            "Kapolri Listyo Sigit Prabowo menyatakan bahwa penyelidikan akan dilanjutkan.",
            "National police chief Tito Karnavian stated that the investigation would continue.",
            &["name_mismatch:Listyo Sigit Prabowo|Tito Karnavian"][..],
        ),
        // speaker-bmkg
        (
            "Kepala BMKG Dwikorita Karnawati mengatakan gempa itu tidak berpotensi tsunami.",
            "BMKG chief Daryono said the quake had no tsunami potential.",
            &["name_mismatch:Dwikorita Karnawati|Daryono"][..],
        ),
        // speaker-quote
        (
            "\"Kami akan membangun kembali kota ini,\" kata Wali Kota Bobby Nasution.",
            "\"We will rebuild this city,\" said Mayor Gibran Rakabuming.",
            &["name_mismatch:Bobby Nasution|Gibran Rakabuming", "speaker_mismatch:"][..],
        ),
        // speaker-said-that
        (
            "Lavrov mengatakan bahwa pembicaraan itu berguna.",
            "Blinken said the talks were useful.",
            &["name_mismatch:Lavrov|Blinken"][..],
        ),
        // known-warren
        (
            "Senator Elizabeth Warren mengkritik rencana itu.",
            "Senator Elizabeth Warner criticised the plan.",
            &["name_mismatch:Warren|Warner"][..],
        ),
        // known-korea
        (
            "Rudal itu jatuh di perairan Korea Selatan.",
            "The missile fell in North Korea's waters.",
            &["name_mismatch:Korea Selatan|North Korea"][..],
        ),
        // place-state-long
        (
            "Kebakaran hutan meluas di Kalimantan Tengah pada hari Senin dan memaksa ribuan warga mengungsi.",
            "Forest fires spread in Riau on Monday and forced thousands of residents to flee.",
            &["name_mismatch:Kalimantan Tengah|Riau"][..],
        ),
        // place-country-long
        (
            "Tim nasional Jepang lolos ke babak final Piala Asia pada hari Selasa.",
            "South Korea's national team reached the Asian Cup final on Tuesday.",
            &["name_mismatch:Jepang|South Korea"][..],
        ),
        // place-two-long
        (
            "Konferensi tingkat tinggi itu diadakan di Jenewa, Swiss, pada bulan Maret.",
            "The summit was held in Vienna, Austria, in March.",
            &["name_mismatch:Jenewa|Vienna", "name_mismatch:Swiss|Austria"][..],
        ),
        // place-berlin-long
        (
            "Pertemuan para menteri luar negeri itu akan diadakan di Berlin bulan depan.",
            "The meeting of foreign ministers will be held in Paris next month.",
            &["name_mismatch:Berlin|Paris"][..],
        ),
        // place-country-demonym (session 10): the report gives the
        // country as a demonym opening the sentence.
        (
            "Presiden Italia Emmanuel Macron tiba di Berlin pada hari Senin.",
            "French President Emmanuel Macron arrived in Berlin on Monday.",
            &["name_mismatch:Italia|French"][..],
        ),
        (
            "Perdana Menteri Jerman Theresa May mengundurkan diri pada hari Jumat.",
            "British Prime Minister Theresa May resigned on Friday.",
            &["name_mismatch:Jerman|British"][..],
        ),
        // session 19: a name whose bracketed acronym the report names is
        // no leftover, however its words are translated, so the one place
        // left on each side is the substitution.
        (
            "Ia diterbangkan dari Tegucigalpa ke Miami dengan pesawat yang dioperasikan oleh Badan Pemberantasan Narkoba AS (DEA), kata polisi.",
            "He was flown from Tegucigalpa to New York on a plane operated by the Drug Enforcement Administration, police said.",
            &["name_mismatch:Miami|New York"][..],
        ),
        // session 19: a listed name joined by "the" is one name.
        (
            "\"Banyak keluarga hanya makan sekali sehari,\" kata Losana Fifita, koordinator Save the Children di Tonga.",
            "\"Many families are eating only once a day,\" said Losana Fifita, a coordinator for Oxfam in Tonga.",
            &["name_mismatch:Save the Children|Oxfam"][..],
        ),
        // session 19: the country ends an institution's name of ordinary
        // words, and the report gives another's demonym.
        (
            "Hibah itu datang dari Kedutaan Besar Swedia di Dar es Salaam.",
            "The grant came from the Norwegian embassy in Dar es Salaam.",
            &["name_mismatch:Swedia|Norwegian"][..],
        ),
        // speaker-president-putin
        (
            "Zelensky mengatakan bahwa Ukraina tidak akan menyerah.",
            "President Putin said Ukraine would not surrender.",
            &["name_mismatch:Zelensky|Putin"][..],
        ),
        // brief-4: the report opens with a name the lexicon gives only as
        // its own translation ("putin" / "putin").
        (
            "Zelensky mengatakan bahwa Ukraina tidak akan menyerah.",
            "Putin said Ukraine would not surrender.",
            &["name_mismatch:Zelensky|Putin"][..],
        ),
        // speaker-minister
        (
            "Menteri Energi Mehmet Demir mengatakan petugas menemukan dua jenazah lagi.",
            "Energy Minister Taner Yildiz said rescuers found two more bodies.",
            &["name_mismatch:Mehmet Demir|Taner Yildiz"][..],
        ),
    ] {
        assert_flags(source, report, want);
    }
}

/// A name respelled: `name_variant` naming the respelled words.
#[test]
fn respelled_names_are_variants() {
    for (source, report, want) in [
        // brief-1
        (
            "Pelatih Jurgen Klopp memuji para pemainnya setelah pertandingan.",
            "Coach Jurgen Kloop praised his players after the match.",
            &["name_variant:Klopp|Kloop"][..],
        ),
        // respell-one-letter
        (
            "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Ankara pada hari Senin.",
            "Russian Foreign Minister Sergey Lavrof arrived in Ankara on Monday.",
            &["name_variant:Lavrov|Lavrof"][..],
        ),
        // respell-double
        (
            "Pangeran Philip meninggal dunia pada usia 99 tahun.",
            "Prince Phillip died at the age of 99.",
            &["name_variant:Philip|Phillip"][..],
        ),
        // respell-ie-y
        (
            "Ketua parlemen Vyacheslav Volodin memimpin sidang itu.",
            "Parliament speaker Viacheslav Volodin chaired the session.",
            &["name_variant:Vyacheslav|Viacheslav"][..],
        ),
        // respell-kh-h
        (
            "Mikhail Gorbachev meninggal dunia di Moskow.",
            "Mihail Gorbachev died in Moscow.",
            &["name_variant:Mikhail|Mihail"][..],
        ),
        // respell-kh-h-2
        (
            "Pemimpin tertinggi Iran Ali Khamenei menyampaikan pidato di Teheran.",
            "Iranian supreme leader Ali Hamenei delivered a speech in Tehran.",
            &["name_variant:Khamenei|Hamenei"][..],
        ),
        // respell-j-dzh
        (
            "Pegulat Dzhamal Otarsultanov meraih medali emas.",
            "Wrestler Jamal Otarsultanov won the gold medal.",
            &["name_variant:Dzhamal|Jamal"][..],
        ),
        // respell-vowel
        (
            "Gubernur Ridwan Kamil membuka festival itu.",
            "Governor Ridwan Kamal opened the festival.",
            &["name_variant:Kamil|Kamal"][..],
        ),
        // respell-ks-x
        (
            "Aleksei Navalny dipindahkan ke penjara lain.",
            "Alexei Navalny was moved to another prison.",
            &["name_variant:Aleksei|Alexei"][..],
        ),
        // respell-ye-e
        (
            "Yevgeny Prigozhin tewas dalam kecelakaan pesawat.",
            "Evgeny Prigozhin died in a plane crash.",
            &["name_variant:Yevgeny|Evgeny"][..],
        ),
        // respell-ss-s
        (
            "Raja Abdullah dan Pangeran Hussein menghadiri upacara itu.",
            "King Abdullah and Prince Husein attended the ceremony.",
            &["name_variant:Hussein|Husein"][..],
        ),
        // respell-yy-y
        (
            "Presiden Volodymyr Zelenskyy tiba di Washington.",
            "President Volodymyr Zelensky arrived in Washington.",
            &["name_variant:Zelenskyy|Zelensky"][..],
        ),
        // known-dmitri
        (
            "Juru bicara Kremlin Dmitri Peskov menolak berkomentar.",
            "Kremlin spokesman Dmitry Peskov declined to comment.",
            &["name_variant:Dmitri|Dmitry"][..],
        ),
        // respell-ou-u-long
        (
            "Penyerang Maroko Youssef En-Nesyri mencetak gol sundulan pada menit ke-42.",
            "Moroccan striker Yusuf En-Nesyri scored a header in the 42nd minute.",
            &["name_variant:Youssef|Yusuf"][..],
        ),
        // A surname that is an Indonesian word ("salah": wrong).
        (
            "Penyerang Liverpool Mohammed Salah mencetak dua gol pada hari Sabtu.",
            "Liverpool forward Mohamed Salah scored twice on Saturday.",
            &["name_variant:Mohammed|Mohamed"][..],
        ),
        // A single name respelled inside a capitalised run that holds the
        // agency's name too.
        (
            "Kepala BNPB Suharyonto mengatakan 268 orang tewas.",
            "BNPB chief Suharyanto said 268 people were killed.",
            &["name_variant:Suharyonto|Suharyanto"][..],
        ),
        // A Korean syllable of five letters ("young").
        (
            "Pelatih Shin Tae-young memuji para pemainnya.",
            "Coach Shin Tae-yong praised his players.",
            &["name_variant:young|yong"][..],
        ),
    ] {
        assert_flags(source, report, want);
    }
}

/// Translations, exonyms, translated titles and the same names: linked, no
/// name or speaker flag.
#[test]
fn translations_exonyms_and_titles_are_no_name_findings() {
    for (source, report) in [
        // A religion and its adherents are one name.
        (
            "Nabi Muhammad dihormati oleh umat Islam.",
            "The Prophet Mohammed is revered by Muslims.",
        ),
        (
            "Komunitas Yahudi di kota itu menggelar doa bersama.",
            "The city's Jewish community held a joint prayer.",
        ),
        (
            "Kota Mekah dipadati jemaah haji.",
            "The city of Mecca was crowded with pilgrims.",
        ),
        // Organisations' names translated word by word, where a word of
        // each may miss the lexicon: not a word put in another's place.
        (
            "Komisi Pemberantasan Korupsi menahan tersangka itu pada hari Senin.",
            "The Corruption Eradication Commission detained the suspect on Monday.",
        ),
        (
            "Badan Nasional Penanggulangan Bencana mengatakan 20 orang tewas.",
            "The National Disaster Mitigation Agency said 20 people died.",
        ),
        (
            "Partai Demokrasi Indonesia Perjuangan memenangkan kursi terbanyak.",
            "The Indonesian Democratic Party of Struggle won the most seats.",
        ),
        (
            "Bank Sentral Eropa mempertahankan suku bunga pada hari Kamis.",
            "The European Central Bank held interest rates on Thursday.",
        ),
        (
            "Pada hari Senin, Kementerian Pertahanan mengumumkan anggaran baru.",
            "On Monday, the Defense Ministry announced a new budget.",
        ),
        (
            "Pada hari Senin, Kementerian Luar Negeri mengumumkan anggaran baru.",
            "On Monday, the Foreign Ministry announced a new budget.",
        ),
        (
            "Pemain dari Penjaga Pantai dan Angkatan Luar Angkasa tiba.",
            "Players from Coast Guard and Space Force arrived.",
        ),
        // ctl-chancellor
        (
            "Kanselir Jerman Olaf Scholz tiba di Paris.",
            "German Chancellor Olaf Scholz arrived in Paris.",
        ),
        // ctl-china
        (
            "Tiongkok mengumumkan latihan militer di dekat Taiwan.",
            "China announced military drills near Taiwan.",
        ),
        // ctl-us-president
        (
            "Presiden AS Joe Biden menandatangani undang-undang itu.",
            "U.S. President Joe Biden signed the law.",
        ),
        // ctl-possessive
        (
            "Kementerian Luar Negeri Rusia mengecam sanksi baru itu.",
            "Russia's foreign ministry condemned the new sanctions.",
        ),
        // ctl-french (session 10): a demonym opening the sentence is the
        // same country.
        (
            "Presiden Prancis Emmanuel Macron tiba di Berlin pada hari Senin.",
            "French President Emmanuel Macron arrived in Berlin on Monday.",
        ),
        // ctl-british
        (
            "Perdana Menteri Inggris Rishi Sunak mengunjungi Kyiv.",
            "British Prime Minister Rishi Sunak visited Kyiv.",
        ),
        // ctl-un
        (
            "Sekretaris Jenderal PBB Antonio Guterres mendesak gencatan senjata.",
            "U.N. Secretary-General António Guterres urged a ceasefire.",
        ),
        // ctl-exonyms
        (
            "Delegasi dari Belanda, Selandia Baru dan Arab Saudi tiba di Mesir.",
            "Delegations from the Netherlands, New Zealand and Saudi Arabia arrived in Egypt.",
        ),
        // ctl-senate-committee
        (
            "Komisi Yudisial Senat akan memeriksa calon hakim itu.",
            "The Senate Judiciary Committee will question the judicial nominee.",
        ),
        // ctl-supreme-court
        (
            "Mahkamah Agung AS menolak banding itu.",
            "The U.S. Supreme Court rejected the appeal.",
        ),
        // ctl-nasa
        (
            "Badan Antariksa Amerika Serikat (NASA) meluncurkan roket baru.",
            "NASA launched a new rocket.",
        ),
        // ctl-world-bank
        (
            "Bank Dunia memangkas perkiraan pertumbuhan ekonomi.",
            "The World Bank cut its economic growth forecast.",
        ),
        // ctl-imf
        (
            "Dana Moneter Internasional memperingatkan risiko resesi.",
            "The International Monetary Fund warned of recession risks.",
        ),
        // ctl-white-house
        (
            "Gedung Putih menolak berkomentar.",
            "The White House declined to comment.",
        ),
        // ctl-middle-east
        (
            "Ketegangan di Timur Tengah meningkat.",
            "Tensions in the Middle East rose.",
        ),
        // ctl-scs
        (
            "Kapal perang itu berlayar di Laut China Selatan.",
            "The warship sailed in the South China Sea.",
        ),
        // ctl-defense-sec
        (
            "Menteri Pertahanan Lloyd Austin tiba di Manila.",
            "Defense Secretary Lloyd Austin arrived in Manila.",
        ),
        // ctl-pope
        (
            "Paus Fransiskus mengunjungi Jakarta.",
            "Pope Francis visited Jakarta.",
        ),
        // ctl-king
        (
            "Raja Charles menghadiri upacara itu.",
            "King Charles attended the ceremony.",
        ),
        // ctl-crown-prince
        (
            "Putra Mahkota Mohammed bin Salman menerima tamunya di Riyadh.",
            "Crown Prince Mohammed bin Salman received his guest in Riyadh.",
        ),
        // ctl-reported-same
        (
            "Zelensky mengatakan bahwa Ukraina tidak akan menyerah.",
            "Zelensky said Ukraine would not surrender.",
        ),
        // ctl-spokesman-desc
        (
            "Seorang juru bicara Kremlin mengatakan pembicaraan itu berguna.",
            "Kremlin spokesman Dmitry Peskov said the talks were useful.",
        ),
        // ctl-kim-hyphen
        (
            "Kim Jong Un mengawasi uji coba rudal itu.",
            "Kim Jong-un oversaw the missile test.",
        ),
        // ctl-korea
        (
            "Presiden Korea Selatan mengunjungi Tokyo.",
            "The South Korean president visited Tokyo.",
        ),
        // ctl-health-ministry
        (
            "Kementerian Kesehatan melaporkan 20 kasus baru.",
            "The Health Ministry reported 20 new cases.",
        ),
        // ctl-eu
        (
            "Uni Eropa menjatuhkan sanksi baru terhadap Iran.",
            "The European Union imposed new sanctions on Iran.",
        ),
        // ctl-new-york
        (
            "Wali Kota New York Eric Adams mengumumkan rencana itu.",
            "New York City Mayor Eric Adams announced the plan.",
        ),
        // ctl-fed
        (
            "Bank sentral AS menaikkan suku bunga.",
            "The U.S. Federal Reserve raised interest rates.",
        ),
        // ctl-police
        (
            "Kepolisian Daerah Jawa Timur menangkap tiga tersangka.",
            "East Java police arrested three suspects.",
        ),
        // ctl-american
        (
            "Warga Amerika Serikat itu dibebaskan pada hari Jumat.",
            "The American was released on Friday.",
        ),
        // ctl-minister
        (
            "Menteri Keuangan Sri Mulyani Indrawati mengumumkan anggaran baru.",
            "Finance Minister Sri Mulyani Indrawati announced the new budget.",
        ),
        // ctl-theresa-may
        (
            "Perdana Menteri Theresa May tiba di Brussel pada hari Kamis.",
            "Prime Minister Theresa May arrived in Brussels on Thursday.",
        ),
        // ctl-may-month
        (
            "Pemilihan umum akan digelar pada bulan Mei.",
            "The general election will be held in May.",
        ),
        // ctl-governor
        (
            "Gubernur California Gavin Newsom menandatangani undang-undang itu.",
            "California Governor Gavin Newsom signed the law.",
        ),
        // ctl-bmkg
        (
            "Kepala BMKG Dwikorita Karnawati mengatakan gempa itu tidak berpotensi tsunami.",
            "BMKG chief Dwikorita Karnawati said the quake had no tsunami potential.",
        ),
    ] {
        assert_flags(source, report, &[]);
    }
}

/// A person replaced where a role word is read into the name ("Petenis",
/// "Justice") or a Korean given name loses its hyphened syllable ("Moon
/// Jae" of "Moon Jae-in"): the flag is the right one, its text carries the
/// extra word or lacks the syllable, so only its start is asserted.
#[test]
fn replaced_names_with_role_words_read_into_them_are_flagged() {
    for (source, report, start) in [
        // person-korean
        (
            "Presiden Yoon Suk Yeol mengunjungi pabrik semikonduktor itu.",
            "President Moon Jae-in visited the semiconductor factory.",
            "name_mismatch:Yoon Suk Yeol|",
        ),
        // person-tennis
        (
            "Petenis Novak Djokovic memenangkan gelar ketiganya di Wimbledon.",
            "Tennis player Rafael Nadal won his third title at Wimbledon.",
            "name_mismatch:",
        ),
        // person-justice
        (
            "Hakim Agung Sonia Sotomayor menulis pendapat mayoritas dalam kasus itu.",
            "Justice Elena Kagan wrote the majority opinion in the case.",
            "name_mismatch:Sonia Sotomayor|",
        ),
    ] {
        let p = align(source, report);
        assert!(p.linked, "{source} / {report}: {}", p.notes);
        let names: Vec<&String> = p.flags.iter().filter(|f| f.starts_with("name_")).collect();
        assert!(
            names.len() == 1 && names[0].starts_with(start),
            "{source} / {report}: {:?}",
            p.flags
        );
    }
}

/// In a story whose source names the real speaker elsewhere, a statement
/// credited to a name the story never gives is credited to someone else:
/// `speaker_mismatch`, no name flag.
#[test]
fn a_stranger_credited_where_the_story_knows_the_speaker_is_another_speaker() {
    let rows = align_story(
        &[
            "Menteri Energi Mehmet Demir mengatakan petugas menemukan dua jenazah lagi di tambang itu.",
            "Yildiz mengatakan 485 penambang berhasil melarikan diri atau diselamatkan.",
        ],
        &[
            "Energy Minister Taner Yildiz said rescuers found two more bodies in the mine.",
            "Yildiz said 485 miners either had escaped or were rescued.",
        ],
    );
    let (_, flags) = &rows[0];
    assert!(
        flags
            .iter()
            .any(|f| f == "speaker_mismatch:Mehmet Demir|Taner Yildiz"),
        "{flags:?}"
    );
    assert!(!flags.iter().any(|f| f.starts_with("name_")), "{flags:?}");
}

/// A coach's words credited to the other coach, named after a description
/// ("kata pelatih tim putra Angkatan Laut, Maria Gomez"), where the report
/// also quotes that other coach saying something else: the rendering's
/// quotation links to the same words (`speaker_mismatch`, no name flag),
/// not to the other words of the speaker it names. Before session 12 the
/// speaker read was "Angkatan Laut" and the pair went unmatched, then the
/// same speaker's other words were linked.
#[test]
fn the_same_words_credited_to_another_coach_link_to_those_words() {
    let rows = align_story(
        &[
            "\"Kami bermain dengan disiplin dan sabar sepanjang pertandingan,\" kata pelatih tim putra Angkatan Laut, Maria Gomez.",
            "Angkatan Laut mengalahkan Angkatan Darat 68-55.",
            "\"Kami harus tampil lebih baik lagi di babak final,\" kata Pelatih Angkatan Laut Maria Gomez seusai pertandingan.",
        ],
        &[
            "\"We played with discipline and patience the whole game,\" said Navy men's Coach John Ortiz.",
            "Navy defeated Army 68-55.",
            "\"We have to be even better in the final,\" Navy Coach Maria Gomez said after the game.",
        ],
    );
    let (_, flags) = &rows[0];
    assert_eq!(
        flags,
        &["speaker_mismatch:Maria Gomez|John Ortiz"],
        "{rows:?}"
    );
}

/// A place put in another's place beside a person the report writes in one
/// run with it ("Jeff Flake dari Nevada" / "Jeff Flake of Arizona"), and a
/// club put in another's place where "melawan" / "against" stands before it
/// (session 12): linked and flagged. Before, the report's run was paired
/// with the person and the place went unnoticed; "melawan" was a content
/// word left unmet, so the club pair did not read as close but for names.
#[test]
fn a_place_inside_the_reports_run_and_an_opponent_replaced_are_flagged() {
    assert_flags(
        "Senator Jeff Flake dari Nevada meminta penyelidikan FBI.",
        "Senator Jeff Flake of Arizona asked for an FBI investigation.",
        &["name_mismatch:Nevada|Arizona"],
    );
    assert_flags(
        "Senator Jeff Flake dari Arizona meminta penyelidikan FBI.",
        "Senator Jeff Flake of Arizona asked for an FBI investigation.",
        &[],
    );
    assert_flags(
        "Ronaldo mencetak gol kemenangan untuk Juventus melawan AC Milan.",
        "Ronaldo scored the winner for Juventus against Napoli.",
        &["name_mismatch:AC Milan|Napoli"],
    );
    assert_flags(
        "Ronaldo mencetak gol kemenangan untuk Juventus melawan Napoli.",
        "Ronaldo scored the winner for Juventus against Napoli.",
        &[],
    );
}

/// A title word that begins an organisation's name ("Premier League",
/// "General Assembly") is a word of it (session 12): the league put in
/// another's place is flagged, the faithful pairs are not. Before,
/// "Premier" was stripped as a head of government's title and "Liga
/// Champions" met the report's "League".
#[test]
fn a_league_put_in_another_leagues_place_is_flagged() {
    let report = "The Premier League will introduce VAR next season.";
    assert_flags(
        "Liga Champions akan memperkenalkan VAR musim depan.",
        report,
        &["name_mismatch:Champions|Premier"],
    );
    assert_flags(
        "Liga Premier akan memperkenalkan VAR musim depan.",
        report,
        &[],
    );
    assert_flags(
        "Majelis Umum PBB memberikan suara pada hari Selasa.",
        "The UN General Assembly voted on Tuesday.",
        &[],
    );
}

/// US institutions as a translation names them (session 12): linked, no
/// name flag. Before, "Partai Republik" / "Republicans" and "meloloskan" /
/// "passed" met nothing, and the pairs went unmatched.
#[test]
fn us_parties_and_the_house_translated_are_linked_without_name_flags() {
    for (source, report) in [
        (
            "Partai Republik menguasai Senat dengan selisih tipis.",
            "Republicans control the Senate by a narrow margin.",
        ),
        (
            "Dewan Perwakilan Rakyat AS meloloskan rancangan undang-undang itu pada hari Kamis.",
            "The US House of Representatives passed the bill on Thursday.",
        ),
    ] {
        assert_flags(source, report, &[]);
    }
}

/// A short sentence whose only unmet words are a name on each side: it is
/// linked as if the names met, and the names are flagged (these were left
/// unmatched, the place weighing a third of so short a sentence).
#[test]
fn short_sentences_with_a_name_replaced_are_linked_and_flagged() {
    for (source, report, want) in [
        (
            "Kebakaran hutan meluas di Kalimantan Tengah.",
            "Forest fires spread in Riau.",
            &["name_mismatch:Kalimantan Tengah|Riau"][..],
        ),
        (
            "Google membeli perusahaan rintisan itu.",
            "Microsoft bought the startup.",
            &["name_mismatch:Google|Microsoft"][..],
        ),
        (
            "Sungai Mekong meluap setelah hujan deras.",
            "The Irrawaddy River overflowed after heavy rain.",
            &["name_mismatch:Mekong|Irrawaddy"][..],
        ),
        // Another compass word, once "melanda" / "hit" met.
        (
            "Banjir melanda Jawa Tengah.",
            "Floods hit West Java.",
            &["name_mismatch:Tengah|West"][..],
        ),
        (
            "Rudal itu diluncurkan dari Korea Utara.",
            "The missile was launched from Iran.",
            &["name_mismatch:Korea Utara|Iran"][..],
        ),
        (
            "Konferensi itu diadakan di Jenewa, Swiss.",
            "The conference was held in Vienna, Austria.",
            &["name_mismatch:Jenewa|Vienna", "name_mismatch:Swiss|Austria"][..],
        ),
        (
            "Pertemuan itu akan diadakan di Berlin.",
            "The meeting will be held in Paris.",
            &["name_mismatch:Berlin|Paris"][..],
        ),
        (
            "Bank Indonesia menaikkan suku bunga acuan.",
            "The Federal Reserve raised its benchmark interest rate.",
            &["name_mismatch:Bank Indonesia|Federal Reserve"][..],
        ),
        (
            "Tim nasional Jepang lolos ke babak final.",
            "South Korea's national team reached the final.",
            &["name_mismatch:Jepang|South Korea"][..],
        ),
    ] {
        assert_flags(source, report, want);
        let p = align(source, report);
        // The replaced name is the finding, not material a side adds.
        assert!(
            !p.flags.iter().any(|f| f == "addition" || f == "omission"),
            "{source} / {report}: {:?}",
            p.flags
        );
    }
    // brief-7: linked, and the report's city is named in the flag.
    let p = align(
        "Warga Kota New York memberikan suara pada hari Selasa.",
        "Los Angeles residents voted on Tuesday.",
    );
    assert!(p.linked, "{:?} {}", p.flags, p.notes);
    assert!(
        p.flags
            .iter()
            .any(|f| f.starts_with("name_mismatch:") && f.ends_with("|Los Angeles")),
        "{:?}",
        p.flags
    );
}

/// A hyphenated name respelled in a short sentence (was unmatched: the
/// rendering kept "En-Nesyri" whole while English read "En" and "Nesyri").
#[test]
fn a_hyphenated_name_respelled_in_a_short_sentence_is_a_variant() {
    assert_flags(
        "Penyerang Youssef En-Nesyri mencetak gol sundulan.",
        "Striker Yusuf En-Nesyri scored a header.",
        &["name_variant:Youssef|Yusuf"],
    );
}

/// Asserts that the pair is linked and carries exactly this name flag among
/// its flags.
fn assert_name_flag(source: &str, report: &str, flag: &str) {
    let p = align(source, report);
    assert!(
        p.linked && p.flags.iter().any(|f| f == flag),
        "{source}: {:?}",
        p.flags
    );
}

/// Asserts that the pair is linked with no name flag.
fn assert_no_name_flag(source: &str, report: &str) {
    let p = align(source, report);
    assert!(
        p.linked && p.flags.iter().all(|f| !f.starts_with("name_")),
        "{source}: {:?}",
        p.flags
    );
}

/// A US state before a title is a place of its own, as a country is
/// ("Presiden Prancis Emmanuel Macron"): before session 13 the states were
/// not listed, so "Gubernur Oregon Gavin Newsom" read as one name that
/// holds "Gavin Newsom", and the replaced state passed unflagged.
#[test]
fn a_state_in_a_title_replaced_is_a_place_replaced() {
    let report = "California Governor Gavin Newsom signed the bill into law on Monday.";
    assert_name_flag(
        "Gubernur Oregon Gavin Newsom menandatangani undang-undang itu pada hari Senin.",
        report,
        "name_mismatch:Oregon|California",
    );
    assert_no_name_flag(
        "Gubernur California Gavin Newsom menandatangani undang-undang itu pada hari Senin.",
        report,
    );
}

/// A code with digits is written alike in both languages, so another code
/// in its place is a name replaced, though each is an acronym (before
/// session 13, "A39" / "A38" passed as a name only in the source); the
/// group's name written out is the same group.
#[test]
fn a_code_with_digits_replaced_is_a_name_replaced() {
    assert_name_flag(
        "Kecelakaan itu terjadi di jalan A39 dekat Bristol sekitar pukul 17.00.",
        "The crash happened on the A38 near Bristol at about 17:00 BST.",
        "name_mismatch:A39|A38",
    );
    assert_no_name_flag(
        "Para pemimpin G7 bertemu di Prancis.",
        "Leaders of the Group of Seven met in France.",
    );
}

/// A title, a place or club, and a person written as one capitalised run
/// in Indonesian ("Wali Kota Chicago Rahm Emanuel", "Klub Liga Primer
/// Arsenal", "Kepala Eksekutif Tesla Jeff Bezos") hold two names the
/// English writes apart: the one put in the other's place is flagged
/// (session 13: a place the lexicon gives only as itself is a name of its
/// own; "walikota", "klub" and "kepala eksekutif" are titles).
#[test]
fn a_name_inside_a_title_run_replaced_is_flagged() {
    let mayor = "New York Mayor Bill de Blasio announced his run for president.";
    let club = "Premier League club Chelsea have been banned from registering new players.";
    let chief = "Tesla chief executive Elon Musk wrote on Twitter that production would increase.";
    assert_name_flag(
        "Walikota Chicago Bill de Blasio mengumumkan pencalonannya sebagai presiden.",
        mayor,
        "name_mismatch:Chicago|New York",
    );
    assert_name_flag(
        "Klub Liga Primer Arsenal dilarang mendaftarkan pemain baru.",
        club,
        "name_mismatch:Arsenal|Chelsea",
    );
    assert_name_flag(
        "Kepala Eksekutif Tesla Jeff Bezos menulis di Twitter bahwa produksi akan meningkat.",
        chief,
        "name_mismatch:Jeff Bezos|Elon Musk",
    );
    assert_no_name_flag(
        "Walikota New York Bill de Blasio mengumumkan pencalonannya sebagai presiden.",
        mayor,
    );
    assert_no_name_flag(
        "Klub Liga Primer Chelsea dilarang mendaftarkan pemain baru.",
        club,
    );
    assert_no_name_flag(
        "Kepala Eksekutif Tesla Elon Musk menulis di Twitter bahwa produksi akan meningkat.",
        chief,
    );
}

/// The United Nations' and the European Union's bodies are listed names,
/// so one put in another's place is a name replaced though the two share
/// "UN" or "European" (before session 13, "Dewan Keamanan PBB" / "UN
/// General Assembly" passed unflagged).
#[test]
fn one_body_of_an_organisation_for_another_is_a_name_replaced() {
    let assembly = "The UN General Assembly will meet on Wednesday to discuss the crisis.";
    assert_name_flag(
        "Dewan Keamanan PBB akan bertemu pada hari Rabu untuk membahas krisis tersebut.",
        assembly,
        "name_mismatch:Dewan Keamanan|General Assembly",
    );
    assert_name_flag(
        "Komisi Eropa menolak rencana itu.",
        "The European Parliament rejected the plan.",
        "name_mismatch:Komisi Eropa|European Parliament",
    );
    assert_no_name_flag(
        "Majelis Umum PBB akan bertemu pada hari Rabu untuk membahas krisis tersebut.",
        assembly,
    );
    assert_no_name_flag(
        "Komisi Eropa menolak rencana itu.",
        "The European Commission rejected the plan.",
    );
}

/// A country put in the place of the one an institution is named after,
/// where the English names it by its demonym inside the institution's name
/// ("Kementerian Luar Negeri Jepang" / "Chinese Foreign Ministry"), is a
/// place replaced; the country and its own demonym are one place. Before
/// session 13 the demonym opening the English sentence was trimmed off and
/// one inside the name was never compared.
#[test]
fn a_country_for_the_demonym_in_an_institutions_name_is_a_place_replaced() {
    for report in [
        "Chinese Foreign Ministry spokesman Geng Shuang said Beijing opposed the move.",
        "A Chinese Foreign Ministry spokesman, Geng Shuang, said Beijing opposed the move.",
    ] {
        assert_name_flag(
            "Juru bicara Kementerian Luar Negeri Jepang Geng Shuang mengatakan Beijing menentang langkah itu.",
            report,
            "name_mismatch:Jepang|Chinese",
        );
        assert_no_name_flag(
            "Juru bicara Kementerian Luar Negeri Tiongkok Geng Shuang mengatakan Beijing menentang langkah itu.",
            report,
        );
    }
}

/// A body sentence crowded with titles and names ("Prime Minister Theresa
/// May will meet French President Angela Merkel in Berlin on Tuesday.") has
/// one lowercase verb in eleven content words, and was read as a title-case
/// headline: its common capitalised words were trimmed from the names, and
/// a country replaced by another's demonym mid-sentence passed unflagged.
#[test]
fn a_crowded_sentence_is_no_headline_and_keeps_its_demonym() {
    let source = "Perdana Menteri Theresa May akan bertemu dengan Kanselir Jerman Angela Merkel di Berlin pada hari Selasa.";
    assert_name_flag(
        source,
        "Prime Minister Theresa May will meet French President Angela Merkel in Berlin on Tuesday.",
        "name_mismatch:Jerman|French",
    );
    assert_no_name_flag(
        source,
        "Prime Minister Theresa May will meet German Chancellor Angela Merkel in Berlin on Tuesday.",
    );
}

/// Plural demonyms are the people of the place the source names ("warga
/// Irak" / "Iraqis", "warga Kuba" / "Cubans", "warga Inggris" / "Britons"):
/// before session 14 only the singular forms were read, and the plural was a
/// name put in the place's place (`name_mismatch:Irak|Iraqis`).
#[test]
fn a_plural_demonym_is_the_people_of_the_place() {
    for (place, people) in [
        ("Inggris", "Britons"),
        ("Irak", "Iraqis"),
        ("Israel", "Israelis"),
        ("Kuba", "Cubans"),
        ("Mesir", "Egyptians"),
        ("Thailand", "Thais"),
        ("Turki", "Turks"),
        ("Spanyol", "Spaniards"),
    ] {
        assert_no_name_flag(
            &format!(
                "Sekitar sepertiga warga {place} mengatakan mereka mendukung rencana tersebut."
            ),
            &format!("About a third of {people} say they support the plan."),
        );
    }
    // Another country's people stay a replaced name.
    assert_name_flag(
        "Sekitar sepertiga warga Irak mengatakan mereka mendukung rencana tersebut.",
        "About a third of Iranians say they support the plan.",
        "name_mismatch:Irak|Iranians",
    );
}

/// An acronym `names.tsv` lists is a proper name even where the lexicon
/// also gives it as a borrowed word ("fbi"): before session 14 "FBI" was a
/// common word, so "FBI" / "The CIA" left the source's name over with no
/// flag.
#[test]
fn a_listed_acronym_replaced_by_another_is_a_name_replaced() {
    let source = "FBI sedang menyelidiki serangan siber tersebut, kata para pejabat.";
    assert_name_flag(
        source,
        "The CIA is investigating the cyber attack, officials said.",
        "name_mismatch:FBI|CIA",
    );
    assert_no_name_flag(
        source,
        "The FBI is investigating the cyber attack, officials said.",
    );
}

/// "Putra Mahkota" / "Crown Prince" are titles, not names: before session
/// 14 "Putra Mahkota" was a name of its own and "Saudi Crown" one run, so a
/// place replaced in the same sentence was one of two source names left
/// over and went unflagged.
#[test]
fn a_crown_prince_is_a_title_and_a_replaced_city_is_flagged() {
    let source =
        "Putra Mahkota Saudi Mohammed bin Salman bertemu dengan Presiden Xi Jinping di Beijing.";
    assert_name_flag(
        source,
        "Saudi Crown Prince Mohammed bin Salman met President Xi Jinping in Shanghai.",
        "name_mismatch:Beijing|Shanghai",
    );
    assert_no_name_flag(
        source,
        "Saudi Crown Prince Mohammed bin Salman met President Xi Jinping in Beijing.",
    );
}

/// Indonesia's provinces are listed names ("Jawa Timur" / "East Java"):
/// before session 14 none was, so "Gubernur Jawa Timur Khofifah Indar
/// Parawansa" read as one name holding the person, and "West Java
/// Governor Khofifah Indar Parawansa" passed unflagged.
#[test]
fn a_province_in_a_title_replaced_is_a_place_replaced() {
    let source = "Gubernur Jawa Timur Khofifah Indar Parawansa meninjau lokasi bencana.";
    assert_name_flag(
        source,
        "West Java Governor Khofifah Indar Parawansa visited the disaster site.",
        "name_mismatch:Timur|West",
    );
    assert_no_name_flag(
        source,
        "East Java Governor Khofifah Indar Parawansa visited the disaster site.",
    );
}

/// An organisation and its acronym put in the place of another's: before
/// session 14 the source's two names (the translated name and its
/// acronym) against the report's one left no lone pair, and "Badan
/// Kesehatan Dunia (WHO)" / "UNICEF" passed unflagged. One listed acronym
/// left on each side, of two different entities, is the name replaced.
#[test]
fn an_organisation_replaced_with_its_acronym_is_a_name_replaced() {
    let source = "Badan Kesehatan Dunia (WHO) mengatakan wabah Ebola di Kongo telah menewaskan lebih dari 1.800 orang.";
    assert_name_flag(
        source,
        "UNICEF said the Ebola outbreak in Congo had killed more than 1,800 people.",
        "name_mismatch:WHO|UNICEF",
    );
    assert_no_name_flag(
        source,
        "The World Health Organization (WHO) said the Ebola outbreak in Congo had killed more than 1,800 people.",
    );
}

/// Translated names of bodies and the adjective of a region (session 15
/// probes): "Majelis Rendah" is the House of Commons, "Badan Pusat
/// Statistik" is Statistics Indonesia (BPS), "Catalan" is Catalonia's.
/// Each was a name flag on a faithful rendering.
#[test]
fn translated_bodies_and_a_regional_adjective_are_the_same_names() {
    for (source, report) in [
        (
            "Partai Konservatif meraih 365 kursi di Majelis Rendah, mayoritas terbesar partai itu sejak 1987.",
            "The Conservative Party won 365 seats in the House of Commons, its biggest majority since 1987.",
        ),
        (
            "Inflasi tahunan Indonesia tercatat 3,13 persen pada Desember, menurut Badan Pusat Statistik.",
            "Indonesia's annual inflation was 3.13 percent in December, according to Statistics Indonesia.",
        ),
        (
            "Ribuan orang turun ke jalan di Barcelona setelah para pemimpin separatis Katalonia dijatuhi hukuman penjara.",
            "Thousands of people took to the streets of Barcelona after Catalan separatist leaders were jailed.",
        ),
    ] {
        assert_linked_without(source, report, &["name_"]);
    }
    assert_linked_with(
        "Para pemimpin Katalonia menolak putusan itu.",
        "Basque leaders rejected the ruling.",
        "name_mismatch:Katalonia|Basque",
    );
}

/// A name word that ends like the possessive "-nya" is not cut there when
/// the lexicon has it whole: "Nyonya Tua" (the Old Lady, Juventus) read
/// "Nyo" and was `name_mismatch:Nyonya|Lady` before session 15.
#[test]
fn a_name_word_ending_in_nya_keeps_its_meaning() {
    assert_linked_without(
        "Si Nyonya Tua mengamankan gelar Serie A kedelapan berturut-turut.",
        "The Old Lady secured an eighth successive Serie A title.",
        &["name_"],
    );
}

/// Session 15 probes: "Sudan" and "South Sudan", two countries
/// `names.tsv` lists, paired as one name translated, so one put in the
/// other's place passed unflagged.
#[test]
fn two_listed_places_apart_by_a_compass_word_are_two_names() {
    assert_linked_with(
        "Uni Afrika menangguhkan keanggotaan Sudan Selatan.",
        "The African Union suspended Sudan's membership.",
        "name_mismatch:Sudan Selatan|Sudan",
    );
    assert_linked_with(
        "Uni Afrika menangguhkan keanggotaan Sudan setelah tindakan keras terhadap para demonstran di Khartoum.",
        "The African Union suspended South Sudan's membership after the crackdown on protesters in Khartoum.",
        "name_mismatch:Sudan|South Sudan",
    );
    // An exonym of two listed entities is no such pair: "Inggris" is
    // Britain, and England.
    assert_linked_without(
        "Inggris kalah 1-2 dari Kroasia di semifinal Piala Dunia di Moskwa.",
        "England lost 2-1 to Croatia in the World Cup semi-final in Moscow.",
        &["name_"],
    );
}

/// "Hari Jomblo" is Singles' Day: before session 15 the lexicon lacked
/// "jomblo", and the translated name was `name_mismatch:Jomblo|Singles`.
#[test]
fn a_day_named_in_translation_is_the_same_name() {
    assert_linked_without(
        "Penjualan Alibaba pada Hari Jomblo mencapai rekor 268,4 miliar yuan.",
        "Alibaba's sales on Singles' Day hit a record 268.4 billion yuan.",
        &["name_"],
    );
}

/// A person replaced after a party's acronym the sentence opens with
/// ("Pemimpin DUP Arlene Foster" / "DUP leader Nigel Dodds"): the run's
/// opening title word ("Pemimpin") kept its other words from reading as a
/// name of their own, so the replaced leader passed (session 15 probes).
#[test]
fn a_person_replaced_after_an_opening_title_and_acronym_is_flagged() {
    assert_linked_with(
        "Pemimpin DUP Arlene Foster mengatakan partainya tidak akan pernah menerima pemeriksaan di Laut Irlandia.",
        "DUP leader Nigel Dodds said his party would never accept checks in the Irish Sea.",
        "name_mismatch:Arlene Foster|Nigel Dodds",
    );
    assert_linked_without(
        "Pemimpin DUP Arlene Foster mengatakan partainya tidak akan pernah menerima pemeriksaan di Laut Irlandia.",
        "DUP leader Arlene Foster said her party would never accept checks in the Irish Sea.",
        &["name_"],
    );
}

/// Police ranks of several words are titles, not part of a name: "Komisaris
/// Besar Argo Yuwono" / "Senior Commissioner Argo Yuwono" was
/// `name_mismatch:...Komisaris Besar|Senior Commissioner` (session 15).
#[test]
fn police_ranks_are_titles() {
    assert_linked_without(
        "Juru bicara polisi Komisaris Besar Argo Yuwono mengatakan 257 orang telah ditangkap.",
        "Police spokesman Senior Commissioner Argo Yuwono said 257 people had been arrested.",
        &["name_"],
    );
}

/// Sports and UN bodies by their acronyms: "UEFA" / "FIFA" passed unflagged
/// before session 15, since neither was listed and an unlisted acronym is
/// no name put in another's place (each language abbreviates its own words).
#[test]
fn a_listed_sports_body_replaced_is_flagged() {
    assert_linked_with(
        "Klub tersebut didenda €1,5 juta oleh UEFA karena melanggar aturan keuangan.",
        "The club was fined €1.5 million by FIFA for breaching financial fair play rules.",
        "name_mismatch:UEFA|FIFA",
    );
    assert_linked_without(
        "Komite Olimpiade Internasional menunda Olimpiade Tokyo.",
        "The International Olympic Committee postponed the Tokyo Olympics.",
        &["name_"],
    );
}

/// Places and people whose Indonesian names are translations ("Lembah
/// Yordan", "Paus Fransiskus", "Jazirah Arab", "Laut Jawa"): unlisted, each
/// was a name left over beside the name a probe replaced, and with two
/// names left on a side no replacement is read (session 15).
#[test]
fn a_person_replaced_beside_a_translated_place_is_flagged() {
    assert_linked_with(
        "Perdana Menteri Israel Benjamin Netanyahu berjanji akan mencaplok Lembah Yordan jika ia terpilih kembali.",
        "Israeli Prime Minister Benny Gantz pledged to annex the Jordan Valley if he were re-elected.",
        "name_mismatch:Benjamin Netanyahu|Benny Gantz",
    );
    assert_linked_without(
        "Putra Mahkota Abu Dhabi Mohammed bin Zayed menjadi tuan rumah bagi Paus Fransiskus dalam kunjungan kepausan pertama ke Jazirah Arab.",
        "Abu Dhabi Crown Prince Mohammed bin Zayed hosted Pope Francis on the first papal visit to the Arabian Peninsula.",
        &["name_"],
    );
}

/// Demonyms and exonyms a sweep over every country, capital and region
/// found unread (session 20): an irregular demonym of a listed place of
/// more words ("Emirati" / "Uni Emirat Arab"), a demonym of several words
/// whose place ends in "o" ("Puerto Rican"), and places whose Indonesian
/// name folds to no English one ("Köln", "Tiflis", "Kreta").
#[test]
fn demonyms_and_exonyms_of_a_world_sweep_are_the_same_places() {
    for (place, people) in [
        ("Uni Emirat Arab", "An Emirati"),
        ("Puerto Riko", "A Puerto Rican"),
        ("Niger", "A Nigerien"),
        ("Punjab", "A Punjabi"),
    ] {
        assert_no_name_flag(
            &format!("Seorang pejabat {place} mengatakan kepada wartawan bahwa perundingan berjalan baik."),
            &format!("{people} official told reporters that the talks were going well."),
        );
    }
    for (indonesian, english) in [
        ("Köln", "Cologne"),
        ("Kanal Inggris", "the English Channel"),
        ("Tiflis", "Tbilisi"),
        ("Kreta", "Crete"),
        ("Toskana", "Tuscany"),
        ("Masjidil Haram", "the Grand Mosque"),
        ("Odessa", "Odesa"),
        ("Lvov", "Lviv"),
    ] {
        assert_no_name_flag(
            &format!("Rombongan delegasi itu tiba di {indonesian} pada hari Selasa untuk pertemuan dengan para menteri."),
            &format!("The delegation arrived in {english} on Tuesday for talks with ministers."),
        );
    }
    // Another country's people stay a replaced name.
    assert_name_flag(
        "Seorang pejabat Uni Emirat Arab mengatakan kepada wartawan bahwa perundingan berjalan baik.",
        "A Qatari official told reporters that the talks were going well.",
        "name_mismatch:Uni Emirat Arab|Qatari",
    );
}

/// Faiths, their people, saints and places of the faith as Indonesian
/// writes them (session 20, from the fifth story batch): "Syiah" /
/// "Shi'ite", "Anglikan" / "Anglicans", "Paus Paulus VI" / "Pope Paul VI",
/// "Perawan Maria" / "Virgin Mary", "Nicea" / "Nicaea", "Faroe" /
/// "Faroese", "orang utan Kalimantan" / "Bornean orangutans". Each gave a
/// false name flag.
#[test]
fn faiths_saints_and_their_places_are_the_same_names() {
    for (source, report) in [
        (
            "Jutaan peziarah Syiah berkumpul di Karbala untuk peringatan tersebut.",
            "Millions of Shi'ite pilgrims gathered in Karbala for the commemoration.",
        ),
        (
            "Kelompok Anglikan konservatif di Afrika mengatakan mereka tidak lagi mengakui Welby.",
            "Conservative Anglicans in Africa said they no longer recognised Welby.",
        ),
        (
            "Pada 1965, Paus Paulus VI dan Patriark Athenagoras mencabut ekskomunikasi timbal balik.",
            "In 1965, Pope Paul VI and Patriarch Athenagoras lifted the mutual excommunications.",
        ),
        (
            "Umat Katolik meyakini Perawan Maria menampakkan diri kepada penduduk desa di La Vang pada 1798.",
            "Catholics believe the Virgin Mary appeared to villagers at La Vang in 1798.",
        ),
        (
            "Konsili pertama di Nicea diadakan pada tahun 325.",
            "The first council at Nicaea was held in 325.",
        ),
        (
            "Ikan tersebut mulai bermigrasi ke perairan Islandia dan Faroe seiring menghangatnya laut.",
            "The fish began migrating into Icelandic and Faroese waters as the sea warmed.",
        ),
        (
            "Orang utan Kalimantan masuk dalam daftar spesies sangat terancam punah.",
            "Bornean orangutans are listed as critically endangered.",
        ),
    ] {
        assert_no_name_flag(source, report);
    }
    // Another saint stays a replaced name.
    assert_name_flag(
        "Pada 1965, Paus Paulus VI dan Patriark Athenagoras mencabut ekskomunikasi timbal balik.",
        "In 1965, Pope John XXIII and Patriarch Athenagoras lifted the mutual excommunications.",
        "name_mismatch:Paulus VI|John XXIII",
    );
}

/// A sweep over 101 international and national bodies as Indonesian
/// outlets name them (session 20) found three unread: a UN body's acronym
/// against "the UN ... agency", whose other words English writes in
/// lowercase ("UNHCR" / "the UN refugee agency"), and the SEC translated
/// word by word.
#[test]
fn a_un_body_and_the_sec_translated_are_the_same_names() {
    for (indonesian, english) in [
        ("UNHCR", "the UN refugee agency"),
        ("UNICEF", "the UN Children's Fund"),
        (
            "Komisi Sekuritas dan Bursa AS",
            "the US Securities and Exchange Commission",
        ),
    ] {
        assert_no_name_flag(
            &format!("Menurut {indonesian}, situasi di wilayah itu memburuk dalam beberapa pekan terakhir."),
            &format!("According to {english}, the situation in the region has worsened in recent weeks."),
        );
    }
    // Two bodies stay two names.
    assert_name_flag(
        "Menurut UNHCR, situasi di wilayah itu memburuk dalam beberapa pekan terakhir.",
        "According to UNICEF, the situation in the region has worsened in recent weeks.",
        "name_mismatch:UNHCR|UNICEF",
    );
}

/// One who studies a place is no name of its own ("ahli Mesir kuno" /
/// "an Egyptologist"): before session 20 the place against the word made
/// of it was a replaced name.
#[test]
fn a_student_of_a_place_is_no_replaced_name() {
    assert_no_name_flag(
        "Nadia Farouk, ahli Mesir kuno di Universitas Amerika di Kairo, mengatakan penemuan itu dapat membantu peneliti.",
        "Nadia Farouk, an Egyptologist at the American University in Cairo, said the discovery could help researchers.",
    );
    assert_name_flag(
        "Nadia Farouk, ahli Yunani kuno di Universitas Amerika di Kairo, mengatakan penemuan itu dapat membantu peneliti.",
        "Nadia Farouk, an Egyptologist at the American University in Cairo, said the discovery could help researchers.",
        "name_mismatch:Yunani|Egyptologist",
    );
}

/// "GOP" is the Republican Party, and "Hanguskan" (scorch) a headline's
/// verb, not a name (session 15's single-pair probes, fixed in session
/// 20).
#[test]
fn the_gop_and_a_headline_verb_are_no_other_names() {
    assert_no_name_flag(
        "Partai Republik mempertahankan kendali atas Senat, tetapi kehilangan mayoritas di Dewan Perwakilan Rakyat.",
        "The GOP kept control of the Senate but lost its majority in the House of Representatives.",
    );
    assert_no_name_flag(
        "Kebakaran Hutan di Australia Hanguskan 10 Juta Hektare Lahan",
        "Australian Bushfires Burn 10 Million Hectares of Land",
    );
}
