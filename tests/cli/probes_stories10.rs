//! Story probes (session 23): the tenth set of close translations of whole
//! short news stories, written during session 23 and measured first with
//! the build of that moment (no sentence of NTREX-128, WMT newstest or
//! FLORES; one fact changed in about one pair in three): migration, Balkan
//! and Caucasus politics, aviation, tennis and cricket, Middle East
//! diplomacy, commodities, education, space and climate talks, housing,
//! wildlife, European politics, and militant attacks (1,587 pairs in 144
//! stories). Each test holds pairs that went wrong before its fix.

use crate::realnews::{
    assert_each_flagged_alone, assert_linked_without, assert_linked_without_name_flags,
};

// A people named by its plural ("Serbs"), a compound of common words at a
// quotation's start ("Long-haul"), places each language writes its own way
// ("Kaisarea" / "Caesarea", "Koeln" / "Cologne"), and institutions' words
// the lexicon lacked ("Penyewa", "Reli") gave false name flags.
#[test]
fn peoples_compounds_and_places_each_language_writes_its_way_are_no_name_flags() {
    let source = [
        "\"Eropa tidak akan mendapatkan Bosnia yang tersentralisasi, dan warga Serbia tidak akan melepaskan hak-hak mereka,\" kata Dodik kepada wartawan di Banja Luka.",
        "\"Rute jarak jauh ke Eropa memang bergengsi, tetapi biaya operasionalnya juga mahal, dan Vietnam Airlines masih dalam proses pemulihan dari kerugian besar,\" kata Nguyen Thi Mai, analis di SSI Securities di Kota Ho Chi Minh.",
        "Menurut para penyelenggara, aksi serupa direncanakan pada Sabtu depan di Haifa, Beersheba, dan Kaisarea.",
        "\"Tanpa pembangunan oleh pemerintah, kekurangan rumah akan berlangsung selama satu dekade,\" kata Emre Aydin, juru bicara Asosiasi Penyewa Berlin.",
        "Mosi yang diajukan oleh sebuah kelompok sentris dan didukung aliansi sayap kiri NUPES serta partai Reli Nasional pimpinan Marine Le Pen itu meraih 276 suara.",
        "Lebih dari 250.000 orang turun ke jalan di Muenchen, Hamburg, Koeln, dan puluhan kota lain di Jerman pada Sabtu untuk memprotes partai sayap kanan jauh Alternatif untuk Jerman, kata polisi dan penyelenggara.",
    ];
    let report = [
        "\"Europe will not get a centralised Bosnia, and the Serbs will not give up their rights,\" Dodik told reporters in Banja Luka.",
        "\"Long-haul routes to Europe are prestigious, but they are also expensive to run, and Vietnam Airlines is still recovering from heavy losses,\" said Nguyen Thi Mai, an analyst at SSI Securities in Ho Chi Minh City.",
        "Similar rallies are planned next Saturday in Haifa, Beersheba and Caesarea, organisers said.",
        "\"Without public building, the shortage will last for a decade,\" said Emre Aydin, spokesman for the Berlin Tenants' Association.",
        "The motion, tabled by a centrist group and backed by the left-wing NUPES alliance and Marine Le Pen's National Rally, won 276 votes.",
        "More than 250,000 people took to the streets in Munich, Hamburg, Cologne and dozens of other German cities on Saturday to protest against the far-right Alternative for Germany party, police and organisers said.",
    ];
    assert_linked_without_name_flags(&source, &report);
}

// A figure whose counted noun and hedge each side puts on another figure
// ("sekitar 86.000, ... hampir mencapai 139.000 kasus" / "about 86,000
// cases, ... nearly 139,000"), and a count that makes an adjective of its
// noun ("beroda enam" / "six-wheeled", "tiga arah" / "three-way"), were
// read as changed figures or as figures one side lacks.
#[test]
fn figures_said_with_other_nouns_hedges_or_compounds_are_no_number_flags() {
    assert_linked_without(
        "Kantor Audit Nasional mengatakan tumpukan kasus itu turun menjadi sekitar 86.000, dari puncaknya yang hampir mencapai 139.000 kasus pada musim panas 2023.",
        "The National Audit Office said the backlog had dropped to about 86,000 cases, down from a peak of nearly 139,000 in the summer of 2023.",
        &["number_"],
    );
    // "kedua belah pihak" is "both sides", whatever word comes before it.
    assert_linked_without(
        "Kementerian Pendidikan mengatakan pihaknya telah mendesak kedua belah pihak untuk kembali berunding pada Kamis.",
        "The Department for Education said it had urged both sides to return to talks on Thursday.",
        &["number_"],
    );
    assert_linked_without(
        "Pendarat dan kendaraan penjelajah beroda enam bernama Pragyan dirancang untuk beroperasi selama satu hari Bulan, atau sekitar 14 hari Bumi, sebelum malam Bulan yang sangat dingin tiba.",
        "The lander and its six-wheeled rover, Pragyan, are designed to operate for one lunar day, or about 14 Earth days, before the frigid lunar night sets in.",
        &["number_"],
    );
    // A count compounded with its noun is the same count said in passing.
    assert_linked_without(
        "Prabowo unggul jauh dalam persaingan tiga arah tersebut, menurut hasil penghitungan suara tidak resmi.",
        "Prabowo has a wide lead in the three-way race, according to unofficial vote counts.",
        &["number_"],
    );
}

// A changed figure beside a people ("Polandia" / "Poles") or beside an institution that
// each language names its way ("Komisi Pemilihan Umum Australia" /
// "Australian Electoral Commission", credited with a quoted word), a
// village put in another's place beside a people ("Serbia" / "Serbs"), and
// a region whose "Lower" became "Tengah" were missed or flagged wrongly.
#[test]
fn changed_figures_and_places_beside_peoples_and_bodies_are_flagged_alone() {
    let source = [
        "Survei lembaga jajak pendapat IBRiS untuk harian Rzeczpospolita menunjukkan bahwa 46 persen warga Polandia mendukung perubahan tersebut, sementara 36 persen menentangnya.",
        "Dengan sekitar 75 persen suara telah dihitung, kubu \"Tidak\" meraih sekitar 60 persen suara nasional, menurut Komisi Pemilihan Umum Australia.",
        "Ketegangan di wilayah utara memuncak pada September 2023, ketika sekitar 30 pria bersenjata Serbia menyerang polisi di desa Jarinje, menewaskan seorang polisi dan tiga di antara pria bersenjata itu.",
        "Kementerian Penerangan Somalia mengatakan serangan itu mendukung operasi pasukan Tentara Nasional Somalia dan pasukan negara bagian Jubaland di wilayah Juba Tengah.",
    ];
    let report = [
        "A survey by the IBRiS polling agency for the daily Rzeczpospolita found that 46 percent of Poles backed the changes, while 38 percent opposed them.",
        "With about 70 percent of votes counted, the \"No\" side had about 60 percent of the national vote, according to the Australian Electoral Commission.",
        "Tensions in the north peaked in September 2023, when about 30 armed Serbs attacked police in the village of Banjska, leaving one officer and three of the gunmen dead.",
        "Somalia's Ministry of Information said the strike had supported an operation by Somali National Army troops and Jubaland state forces in the Lower Juba region.",
    ];
    let want = ["number_mismatch:36%|38%", "number_mismatch:75%|70%"];
    assert_each_flagged_alone(&source[..2], &report[..2], &want);
    crate::realnews::assert_each_flagged(
        &source[2..],
        &report[2..],
        &[
            "name_mismatch:Jarinje|Banjska",
            "name_mismatch:Juba Tengah|Lower Juba",
        ],
    );
}

// A place put in another's place beside names the lexicon did not reach
// ("Hasyimiyah" / "Hashemite", "Tumbuhan" / "Plant"), or beside a state no
// list named ("Bihar dan Gujarat" / "Bihar and Jharkhand"), was missed; a
// navy named by its country, which the report names by the country's
// adjective, was flagged beside a changed figure.
#[test]
fn places_replaced_beside_bodies_and_states_are_flagged() {
    let source = [
        "Yordania mengatakan akan mengoperasikan konvoi harian dari Amman melalui penyeberangan Jembatan Allenby dan Erez, yang dikoordinasikan oleh Organisasi Amal Hasyimiyah Yordania.",
        "Otoritas Thailand membuka penyelidikan terhadap sebuah kebun binatang swasta di Provinsi Chiang Rai setelah tiga harimau benggala mati di sana dalam kurun dua pekan, kata Departemen Taman Nasional, Satwa Liar, dan Konservasi Tumbuhan pada Senin.",
        "Ketua Mahkamah Agung D Y Chandrachud mengatakan tidak ada bukti bahwa kebocoran soal ujian di Bihar dan Gujarat bersifat sistemik atau memengaruhi seluruh ujian.",
    ];
    let report = [
        "Jordan said it would run daily convoys from Amman through the Allenby Bridge and Kerem Shalom crossings, coordinated by the Jordan Hashemite Charity Organization.",
        "Thai authorities have opened an investigation into a private zoo in Chiang Mai province after three Bengal tigers died there within two weeks, the Department of National Parks, Wildlife and Plant Conservation said on Monday.",
        "Chief Justice D Y Chandrachud said there was no evidence that the leak of the question paper in Bihar and Jharkhand was systemic or had affected the entire exam.",
    ];
    for line in &source {
        crate::realnews::assert_name_flagged(&source, &report, line);
    }
    assert_each_flagged_alone(
        &["Angkatan Laut Sri Lanka pada Minggu menangkap 22 nelayan India dan menyita empat kapal pukat karena diduga menangkap ikan secara ilegal di perairan Sri Lanka di lepas Pulau Delft di bagian utara negara itu, kata juru bicara angkatan laut."],
        &["The Sri Lankan navy arrested 22 Indian fishermen and seized three trawlers for allegedly fishing illegally in Sri Lankan waters off Delft Island in the north of the country on Sunday, a navy spokesman said."],
        &["number_mismatch:4|3"],
    );
}
