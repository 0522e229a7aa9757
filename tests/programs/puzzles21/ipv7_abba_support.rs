// AoC 2016 day 7: IPv7 addresses supporting TLS (an ABBA outside brackets, none inside) and SSL (ABA outside with BAB inside).
const INPUT: &str = "abba[mnop]qrst
abcd[bddb]xyyx
aaaa[qwer]tyui
ioxxoj[asdfgh]zxcvbn
aba[bab]xyz
xyx[xyx]xyx
aaa[kek]eke
zazbz[bzb]cdb";

fn split(addr: &str) -> (Vec<&str>, Vec<&str>) {
    let mut outside = Vec::new();
    let mut inside = Vec::new();
    for (i, part) in addr.split(|c| c == '[' || c == ']').enumerate() {
        if i % 2 == 0 {
            outside.push(part);
        } else {
            inside.push(part);
        }
    }
    (outside, inside)
}

fn has_abba(s: &str) -> bool {
    s.as_bytes().windows(4).any(|w| w[0] == w[3] && w[1] == w[2] && w[0] != w[1])
}

fn abas(s: &str) -> Vec<(u8, u8)> {
    s.as_bytes().windows(3).filter(|w| w[0] == w[2] && w[0] != w[1]).map(|w| (w[0], w[1])).collect()
}

fn main() {
    let mut tls = 0;
    let mut ssl = 0;
    for addr in INPUT.lines() {
        let (outside, inside) = split(addr);
        let t = outside.iter().any(|s| has_abba(s)) && !inside.iter().any(|s| has_abba(s));
        let s = outside.iter().flat_map(|p| abas(p)).any(|(a, b)| {
            let bab = [b, a, b];
            inside.iter().any(|i| i.as_bytes().windows(3).any(|w| w == bab))
        });
        println!("{:<24} tls={} ssl={}", addr, t, s);
        tls += t as u32;
        ssl += s as u32;
    }
    println!("{} {}", tls, ssl);
}
// expect: abba[mnop]qrst           tls=true ssl=false
// expect: abcd[bddb]xyyx           tls=false ssl=false
// expect: aaaa[qwer]tyui           tls=false ssl=false
// expect: ioxxoj[asdfgh]zxcvbn     tls=true ssl=false
// expect: aba[bab]xyz              tls=false ssl=true
// expect: xyx[xyx]xyx              tls=false ssl=false
// expect: aaa[kek]eke              tls=false ssl=true
// expect: zazbz[bzb]cdb            tls=false ssl=true
// expect: 2 3
