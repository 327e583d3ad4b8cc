//! Story probes (session 29): the thirty-eighth set of close translations of
//! whole short news stories, written in session 29 and measured with the
//! start build and the build of the moment before it was read (no sentence of
//! NTREX-128, WMT newstest or FLORES; one fact changed in about one pair in
//! three): Indonesian business news, volcanoes and earthquakes in Indonesia
//! and the Philippines, the Olympic movement, labour in Europe, South Asian
//! cricket and football, and disease outbreaks (944 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it where
//! a quotation's speaker is the fact), the pairs that the fixes made after
//! that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_38_showed() {
    let cases: &[FactCase] = &[
        // m2-mayon-lava-albay, line 2
        (
            &["Lava mengalir menuruni lereng Gunung Mayon di Filipina tengah pada Senin, sementara lebih dari 13.000 orang menjalani pekan ketiga di pusat-pusat evakuasi, kata pejabat setempat."],
            &["Lava streamed down the slopes of Mayon Volcano in the central Philippines on Monday as more than 13,000 people spent a third week in evacuation centres, officials said."],
            &[&[]],
        ),
        // m3-lahti-youth-olympic-vote, line 2
        (
            &["Warga kota Lahti, Finlandia, memberikan suara mendukung pencalonan sebagai tuan rumah Olimpiade Remaja Musim Dingin 2032 dalam referendum tidak mengikat pada Minggu, dengan 56,4 persen menyetujui rencana tersebut."],
            &["Residents of the Finnish city of Lahti voted in favour of bidding for the 2032 Winter Youth Olympic Games in an advisory referendum on Sunday, with 56.4 percent backing the plan."],
            &[&[]],
        ),
        // m3-vietnam-diver-age-records, line 11
        (
            &["Vietnam mengirim 18 atlet ke Olimpiade Remaja musim panas terakhir, di Buenos Aires pada 2018."],
            &["Vietnam sent 18 athletes to the last summer Youth Olympic Games, in Buenos Aires in 2018."],
            &[&[]],
        ),
        // m3-india-ahmedabad-2036-venues, line 9
        (
            &["Ajang multicabang terakhir di India dengan skala sebanding adalah Pesta Olahraga Persemakmuran 2010 di New Delhi, yang biaya akhirnya berlipat kali dari perkiraan awal."],
            &["India's most recent multi-sport event of comparable scale was the 2010 Commonwealth Games in New Delhi, whose final cost was several times the original estimate."],
            &[&[]],
        ),
        // m3-lima-2027-panam-budget, line 4
        (
            &["Panitia berencana menggunakan kembali hampir semua venue yang dibangun untuk Pesta Olahraga Pan Amerika 2019, termasuk kompleks olahraga Villa María del Triunfo dan perkampungan atlet."],
            &["Organisers plan to reuse almost all the venues built for the 2019 Games, including the Villa El Salvador sports complex and the athletes' village."],
            &[&["name_mismatch:María del Triunfo|El Salvador"]],
        ),
        // m3-nigeria-para-powerlifting-quota, line 2
        (
            &["Nigeria dapat mengirim hingga 10 atlet angkat berat para ke Paralimpiade Los Angeles 2028 setelah badan pengatur cabang olahraga tersebut menaikkan kuota maksimum untuk setiap negara, kata para pejabat pada Rabu."],
            &["Nigeria will be able to send up to 10 para powerlifters to the 2028 Los Angeles Paralympics after the sport's governing body raised the maximum quota for each country, officials said on Wednesday."],
            &[&[]],
        ),
        // m3-nigeria-para-powerlifting-quota, line 4
        (
            &["Nigeria telah mendominasi angkat berat Paralimpiade selama dua dekade, dengan meraih sebagian besar medali Paralimpiadenya dari cabang ini."],
            &["Nigeria has dominated Paralympic powerlifting for two decades, winning most of its Paralympic medals in the sport."],
            &[&[]],
        ),
        // m5-pakistan-nz-test-draw, line 3
        (
            &["Hasil itu membuat Selandia Baru memenangi seri dua laga tersebut dengan skor 1-0, setelah menang dengan delapan wicket tersisa pada Tes pertama di Karachi."],
            &["The result means New Zealand win the two-match series 1-0, having won the opening Test in Karachi by eight wickets."],
            &[&[]],
        ),
        // m5-india-women-odi-level, line 4
        (
            &["Ini merupakan century internasional pertama Deshmukh, yang baru menjalani pertandingan kesembilannya."],
            &["It was Deshmukh's maiden international century in only her ninth match."],
            &[&[]],
        ),
        // m5-saff-semi-bangladesh-india, line 8
        (
            &["Pelatih India Sandeep Menon mengatakan timnya kurang tenang di sepertiga akhir lapangan."],
            &["India coach Sandeep Menon said his side had lacked composure in the final third."],
            &[&[]],
        ),
        // m5-pcb-sacks-coach, line 2
        (
            &["Dewan Kriket Pakistan pada Sabtu memberhentikan pelatih kepala Tariq Mahmood beserta seluruh staf pendukungnya setelah tim gagal mencapai babak Super Four Piala Asia."],
            &["The Pakistan Cricket Board on Saturday dismissed head coach Tariq Mahmood and his entire support staff after the team failed to reach the Super Four stage of the Asia Cup."],
            &[&[]],
        ),
        // m5-nepal-oman-league-two, line 1
        (
            &["Nepal Kalahkan Oman dan Naik ke Peringkat Kedua Klasemen League Two"],
            &["Nepal Beat Oman to Climb to Second in League Two Standings"],
            &[&[]],
        ),
        // m6-sudan-cholera-khartoum, line 11
        (
            &["Kementerian mengimbau warga untuk merebus air minum dan segera berobat begitu muncul gejala diare."],
            &["The ministry urged residents to boil drinking water and to seek treatment at the first sign of diarrhoea."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
