// A function passed to an `impl FnMut` parameter is called like a closure that captures nothing.
fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn each(words: &[&str], mut f: impl FnMut(&str) -> String) -> Vec<String> {
    let mut out = Vec::new();
    for w in words {
        out.push(f(w));
    }
    out
}

fn main() {
    let v = each(&["hi", "there"], shout);
    println!("{:?}", v);
}
// expect: ["HI", "THERE"]
