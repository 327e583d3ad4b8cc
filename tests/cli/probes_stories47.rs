//! Story probes (session 32): pairs of the story batches of earlier rounds
//! (16 to 45, written and measured in sessions 21 to 31) and of batches 46
//! and 47 (written in session 32, measured with the start build and with
//! the build before they were read, then read) that the thirty-second
//! round's fixes put right: close translations of whole short news stories
//! (no sentence of NTREX-128, WMT newstest or FLORES; one fact changed in
//! about one pair in three). Each pair stands in a story of its own, with
//! the line before it where a quotation's speaker is the fact.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_of_batch_17_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // u6-fiji-lau-reefs, line 8
        (
            &["Kementerian Lingkungan Hidup Fiji mengatakan akan menggunakan temuan itu untuk mengusulkan kawasan konservasi laut seluas 12.000 kilometer persegi di sekitar Pulau Fulaga dan Ogea."],
            &["Fiji's Ministry of Fisheries said it would use the findings to propose a marine protected area covering 12,000 square kilometers around the islands of Fulaga and Ogea."],
            &[&["name_mismatch:Kementerian Lingkungan Hidup|Ministry of Fisheries"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_18_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // v2-korea-steel-plate-duties, line 2
        (
            &["Korea Selatan akan mengenakan bea antidumping sementara hingga 38 persen atas pelat baja tebal yang diimpor dari Tiongkok, kata Kementerian Perdagangan pada Rabu."],
            &["South Korea will impose provisional anti-dumping duties of up to 38 percent on thick steel plate imported from China, the finance ministry said on Wednesday."],
            &[&["name_mismatch:Kementerian Perdagangan|finance ministry"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_24_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // r2-culiacan-cartel-finance-arrest, line 11
        (
            &["Departemen Keuangan AS menawarkan hadiah hingga US$5 juta untuk informasi mengenai sejumlah pemimpin faksi tersebut."],
            &["The U.S. State Department offers rewards of up to $5 million for information on several of the faction's leaders."],
            &[&["name_mismatch:Departemen Keuangan|State Department"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_29_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // d1-malaysia-kedah-chip-plant, line 6, 7
        (
            &["Menteri Investasi, Perdagangan, dan Industri Hasnah Yusof mengatakan proyek itu menunjukkan Malaysia mampu naik kelas dari perakitan ke produksi cip bernilai tambah lebih tinggi.", "\"Kami tidak ingin lagi hanya menjadi bagian hilir dari industri ini,\" kata Wendel."],
            &["Investment, Trade and Industry Minister Hasnah Yusof said the project showed Malaysia could move up from assembly into higher-value chip production.", "\"We do not want to be only the back end of the industry any more,\" she said."],
            &[&[], &["speaker_mismatch:Wendel|Hasnah Yusof"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_31_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // f4-islamabad-germany-resettlement, line 8
        (
            &["Seorang juru bicara Kementerian Luar Negeri Jerman mengatakan program tersebut sedang ditinjau dan komitmen yang sudah ada akan diperiksa kasus per kasus."],
            &["A spokesperson for Germany's interior ministry said the programme was under review and that existing commitments would be examined case by case."],
            &[&["name_mismatch:Kementerian Luar Negeri|interior ministry"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_34_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // i5-raja-ampat-reef-fees, line 8, 9
        (
            &["Ahli biologi kelautan Universitas Negeri Papua, Rina Kaisiepo, mengatakan penurunan itu mengkhawatirkan tetapi masih bisa dipulihkan jika penambatan jangkar dikendalikan.", "\"Terumbu di sini pulih dengan cepat jika diberi kesempatan, lebih cepat daripada hampir semua tempat yang pernah saya tangani,\" kata Yohanes Mambrasar."],
            &["Marine biologist Rina Kaisiepo of the State University of Papua said the drop was worrying but reversible if anchoring was controlled.", "\"Reefs here recover fast when you give them a chance, faster than almost anywhere I have worked,\" she said."],
            &[&[], &["speaker_mismatch:Yohanes Mambrasar|Rina Kaisiepo"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_38_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // m3-ghana-african-games-audit, line 8
        (
            &["Auditor Jenderal merekomendasikan agar Kementerian Keuangan menagih kembali US$4,6 juta yang dibayarkan kepada pemasok yang tidak dapat menunjukkan catatan pengiriman."],
            &["The Auditor-General recommended that the Ministry of Youth and Sports recover $4.6 million paid to suppliers who could not show delivery records."],
            &[&["name_mismatch:Kementerian Keuangan|Ministry of Youth and Sports"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_39_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // n2-japan-akita-floods, line 8
        (
            &["Gubernur Akita Hideo Sasaki mengatakan ia telah meminta Pasukan Bela Diri Darat untuk membantu menyelamatkan warga yang terjebak di rumah mereka."],
            &["Akita Governor Hideo Sasaki said he had asked the Ground Self-Defense Force to help rescue people trapped in their homes."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_40_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // o3-singapore-anti-scam-operation, line 5
        (
            &["Operasi itu dilakukan oleh Departemen Investigasi Kriminal dan Komando Antipenipuan bersama petugas dari ketujuh divisi darat kepolisian."],
            &["The operation was conducted by the Commercial Affairs Department and the Anti-Scam Command together with officers from all seven police land divisions."],
            &[&["name_mismatch:Investigasi Kriminal|Commercial Affairs"]],
        ),
        // o4-buffalo-lake-effect-snow, line 9
        (
            &["Ahli meteorologi Kevin Brandt dari kantor Layanan Cuaca Nasional di Buffalo mengatakan pita salju itu terbentuk ketika udara Arktik bergerak di atas Danau Erie, yang suhunya masih luar biasa hangat, yakni 48 derajat Fahrenheit."],
            &["Meteorologist Kevin Brandt of the weather service's Buffalo office said the snow band formed when Arctic air moved over Lake Erie, which was still unusually warm at 48 degrees Fahrenheit."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_43_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // t4x-australia-ganesha-returned, line 10
        (
            &["Indonesia telah memperoleh kembali 41 artefak dari koleksi di luar negeri sejak 2020, kata Kementerian Luar Negeri."],
            &["Indonesia has recovered 41 artefacts from overseas collections since 2020, the Ministry of Education and Culture said."],
            &[&["name_mismatch:Kementerian Luar Negeri|Ministry of Education and Culture"]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_44_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // u3x-india-fertiliser-subsidy, line 9
        (
            &["\"Mensubsidi satu jenis unsur hara secara besar-besaran mendistorsi cara petani memupuk lahan mereka,\" kata Kavita Iyer, ekonom pertanian di Dewan Riset India untuk Hubungan Ekonomi Internasional."],
            &["\"Subsidising one nutrient so heavily distorts how farmers fertilise their fields,\" said Kavita Iyer, an agricultural economist at the Indian Council for Research on International Economic Relations."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_45_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // v2x-sulawesi-dwarf-stegodon, line 5
        (
            &["\"Pulau membuat hewan-hewan besar mengecil selama banyak generasi karena makanan terbatas,\" kata ahli paleontologi BRIN Rahmat Hidajat, yang turut memimpin penggalian."],
            &["\"Islands shrink large animals over many generations because food is limited,\" said BRIN paleontologist Rahmat Hidayat, who co-led the dig."],
            // A respelled speaker is the same speaker: the name flag alone (session 33).
            &[&["name_variant:Hidajat|Hidayat"]],
        ),
        // v2x-sulawesi-dwarf-stegodon, line 8
        (
            &["Pemimpin bersama penggalian, Emily Carter dari Universitas Wollongong di Brisbane, mengatakan bekas sayatan akan diperiksa pada sejumlah tulang."],
            &["Co-leader Emily Carter of Griffith University in Brisbane said cut marks would be checked on several bones."],
            &[&["name_mismatch:Universitas Wollongong|Griffith University"]],
        ),
        // v4x-ca-alberta-budget-deficit, line 1
        (
            &["Alberta Proyeksikan Defisit 5,2 Miliar Dolar Kanada akibat Turunnya Harga Minyak"],
            &["Alberta Forecasts 5.2 Billion Dollar Deficit as Oil Prices Fall"],
            &[&[]],
        ),
        // v4x-ca-alberta-budget-deficit, line 5
        (
            &["Total belanja akan naik 3,9 persen menjadi 76,4 miliar dolar Kanada, dengan 27,1 miliar di antaranya dialokasikan untuk layanan kesehatan."],
            &["Total spending will rise 3.9 percent to 76.4 billion dollars, with health care taking 27.1 billion."],
            &[&[]],
        ),
        // v4x-ca-alberta-budget-deficit, line 12
        (
            &["Dana Perwalian Tabungan Warisan milik provinsi itu, yang bernilai 24,6 miliar dolar Kanada, tidak akan ditarik, kata Halvorsen."],
            &["The province's Heritage Savings Trust Fund, valued at 24.6 billion dollars, will not be drawn down, Halvorsen said."],
            &[&[]],
        ),
        // v4x-ca-quebec-tramway-inquiry, line 10
        (
            &["Bérubé, pensiunan hakim Pengadilan Tinggi, dijadwalkan menyampaikan laporannya paling lambat 15 Desember."],
            &["Bérubé, a retired Superior Court judge, is due to deliver his report by Dec. 15."],
            &[&[]],
        ),
        // v5x-bangkok-riders-fee-protest, line 9
        (
            &["Kementerian Perdagangan Thailand tengah menyusun undang-undang untuk memberikan akses jaminan sosial dan asuransi kecelakaan kepada pekerja platform."],
            &["Thailand's Labour Ministry has been drafting a law to give platform workers access to social security and accident insurance."],
            &[&["name_mismatch:Kementerian Perdagangan|Labour Ministry"]],
        ),
        // v5x-indonesia-pasarku-data-leak, line 8
        (
            &["Berdasarkan Undang-Undang Pelindungan Data Pribadi, perusahaan dapat didenda hingga 2 persen dari pendapatan tahunannya jika gagal melindungi data pengguna."],
            &["Under Indonesia's personal data protection law, companies can be fined up to 2 percent of their annual revenue for failing to protect user data."],
            &[&[]],
        ),
        // v6x-kenya-ivory-arrest, line 10, 11
        (
            &["Menteri Pariwisata dan Satwa Liar Wanjiru Kamua mengatakan penyitaan itu menunjukkan jaringan perdagangan gelap masih aktif meski hukuman telah diperberat.", "\"Kami akan menelusuri aliran uangnya sampai ke para pembeli,\" ujar Kiprono."],
            &["Tourism and Wildlife Minister Wanjiru Kamau said the seizure showed that trafficking networks were still active despite tougher penalties.", "\"We will follow the money all the way to the buyers,\" she said."],
            &[&["name_variant:Kamua|Kamau"], &["speaker_mismatch:Kiprono|Wanjiru Kamau"]],
        ),
        // v6x-tubbataha-fishermen, line 8, 9
        (
            &["Ahli biologi laut Ramon Villanueba dari Universitas Filipina mengatakan biomassa ikan di dalam taman beberapa kali lipat lebih tinggi dibandingkan terumbu tak terlindungi di sekitarnya.", "\"Justru itulah yang membuat kawasan ini menarik bagi para pencuri ikan,\" ujar Dacanay."],
            &["Marine biologist Ramon Villanueva of the University of the Philippines said fish biomass inside the park is several times higher than on unprotected reefs nearby.", "\"That is exactly why it attracts poachers,\" he said."],
            &[&["name_variant:Villanueba|Villanueva"], &["speaker_mismatch:Dacanay|Ramon Villanueva"]],
        ),
        // v6x-vietnam-pangolin-seizure, line 10, 11
        (
            &["Tran Thi Mai dari kelompok Pendidikan untuk Alam Vietnam yang berbasis di Hanoi mengatakan hanya sedikit kasus yang berakhir dengan dalangnya dijebloskan ke penjara.", "\"Kita menangkap para sopir dan pekerja gudang, tetapi jarang sekali orang-orang yang membiayai pengiriman itu,\" kata Nguyen Van Thanh."],
            &["Tran Thi Mai of the Hanoi-based group Education for Nature Vietnam said few cases end with the organisers behind bars.", "\"We catch the drivers and the warehouse workers, but rarely the people who pay for the shipment,\" she said."],
            &[&[], &["speaker_mismatch:Nguyen Van Thanh|Tran Thi Mai"]],
        ),
        // v6x-mekong-dolphin-count, line 11
        (
            &["Para pegiat konservasi memperingatkan bahwa rencana pembangunan bendungan PLTA di Sungai Mekong, termasuk proyek Sambor, masih dapat menggagalkan capaian tersebut."],
            &["Conservationists warn that proposed hydropower dams on the Mekong, including the Sambor project, could still undo the gains."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_46_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // w4y-somalia-drought-ocha-appeal, line 5
        (
            &["\"Kami melihat tanda-tanda peringatan yang sama seperti yang kami lihat pada 2011, ketika seperempat juta orang meninggal,\" kata Abdirahman Warsame Nur, pelaksana tugas koordinator kemanusiaan PBB untuk Somalia."],
            &["\"We are watching the same warning signs we saw in 2011, when a quarter of a million people died,\" said Abdirahman Warsame Nur, the UN's acting humanitarian coordinator for Somalia."],
            &[&[]],
        ),
        // w5y-rinjani-hiker-evacuated, line 11
        (
            &["Hidayat mengatakan para pemandu kini diwajibkan membawa perlengkapan P3K dan telepon satelit dalam pendakian ke puncak."],
            &["Hidayat said guides would now be required to carry first-aid kits and satellite phones on summit climbs."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}

#[test]
fn pairs_of_batch_47_the_thirty_second_round_put_right() {
    let cases: &[FactCase] = &[
        // x1y-kenya-finance-bill-protests, line 8
        (
            &["\"Setiap shilling yang kita kumpulkan di dalam negeri adalah shilling yang tidak perlu kita pinjam dari luar negeri,\" kata Kiprotich kepada wartawan di luar gedung Kementerian Keuangan."],
            &["\"Every shilling we raise at home is a shilling we do not have to borrow abroad,\" Kiprotich told reporters outside the National Treasury."],
            &[&[]],
        ),
        // x1y-ethiopia-eurobond-deal, line 8
        (
            &["Ethiopia juga tengah bernegosiasi dengan para kreditur resmi, termasuk Tiongkok, dalam Kerangka Kerja Bersama (Common Framework) G20."],
            &["Ethiopia is also negotiating with official creditors, including China, under the Group of 20's Common Framework."],
            &[&[]],
        ),
        // x1y-kenya-kakamega-by-election, line 10
        (
            &["Polisi mengatakan dua orang terluka pada Jumat malam ketika para pendukung kedua kubu bentrok di luar pusat rekapitulasi suara."],
            &["Police said two people were injured on Friday night when rival supporters clashed outside the tallying centre."],
            &[&[]],
        ),
        // x2y-vellmar-signs-lin-haoran, line 1
        (
            &["Remaja Tiongkok Lin Haoran Dapat Kursi Formula Satu untuk Musim Depan"],
            &["Chinese Teenager Lin Haoran Handed Formula One Seat for Next Season"],
            &[&[]],
        ),
        // x3y-rubin-asteroid-impact-odds, line 5
        (
            &["\"Awalnya saya kira itu gangguan teknis, jadi saya memeriksanya tiga kali sebelum meneruskannya,\" kata Fuentealba."],
            &["\"At first I thought it was a glitch, so I checked it three times before sending it on,\" Fuentealba said."],
            &[&[]],
        ),
        // x4y-ohio-powerball-jackpot, line 7
        (
            &["\"Kami sangat gembira untuk pemenang dan untuk toko itu, yang akan menerima bonus US$100.000 karena menjual tiket tersebut,\" kata Direktur Lotre Ohio Patricia Whitfield."],
            &["\"We are thrilled for the winner and for the store, which will receive a $100,000 bonus for selling the ticket,\" Ohio Lottery director Patricia Whitfield said."],
            &[&[]],
        ),
        // x6y-jambi-farmers-acacia-dispute, line 10
        (
            &["Kementerian Agraria dan Tata Ruang mengatakan akan mengirim tim untuk mengukur area yang disengketakan."],
            &["The Ministry of Agrarian Affairs and Spatial Planning said it would send a team to measure the disputed area."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
