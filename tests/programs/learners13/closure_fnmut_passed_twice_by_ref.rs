// An FnMut closure passed by &mut to a helper twice, then called directly, its captured Vec printed at the end.
fn feed<F: FnMut(&str)>(f: &mut F, words: &[&str]) {
    for w in words {
        f(w);
    }
}

fn main() {
    let mut seen: Vec<String> = Vec::new();
    let mut record = |w: &str| seen.push(w.to_uppercase());
    feed(&mut record, &["a", "b"]);
    feed(&mut record, &["c"]);
    record("d");
    println!("{:?}", seen);
}
// expect: ["A", "B", "C", "D"]
