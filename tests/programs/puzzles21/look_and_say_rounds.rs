// AoC 2015 day 10: look-and-say, each round building a new String from runs of the last.
fn next_round(s: &str) -> String {
    let mut out = String::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let mut j = i;
        while j < bytes.len() && bytes[j] == bytes[i] {
            j += 1;
        }
        out.push_str(&(j - i).to_string());
        out.push(bytes[i] as char);
        i = j;
    }
    out
}

fn main() {
    let mut s = String::from("1");
    for round in 1..=8 {
        s = next_round(&s);
        println!("{}: {} (len {})", round, s, s.len());
    }
    let mut t = "3113322113".to_string();
    for _ in 0..10 {
        t = next_round(&t);
    }
    println!("after 10 rounds: {}", t.len());
}
// expect: 1: 11 (len 2)
// expect: 2: 21 (len 2)
// expect: 3: 1211 (len 4)
// expect: 4: 111221 (len 6)
// expect: 5: 312211 (len 6)
// expect: 6: 13112221 (len 8)
// expect: 7: 1113213211 (len 10)
// expect: 8: 31131211131221 (len 14)
// expect: after 10 rounds: 118
