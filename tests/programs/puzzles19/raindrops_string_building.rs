// Raindrops: a String built with push_str for each factor, falling back to n.to_string() when empty.
fn raindrops(n: u32) -> String {
    let mut s = String::new();
    for (d, word) in [(3, "Pling"), (5, "Plang"), (7, "Plong")] {
        if n % d == 0 {
            s.push_str(word);
        }
    }
    if s.is_empty() {
        s = n.to_string();
    }
    s
}

fn main() {
    let out: Vec<String> = [1, 3, 15, 21, 34, 105].iter().map(|&n| raindrops(n)).collect();
    println!("{}", out.join(","));
}
// expect: 1,Pling,PlingPlang,PlingPlong,34,PlingPlangPlong
