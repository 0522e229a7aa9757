// Words of a local String passed to a closure that pushes them into a Vec make the Vec borrow the String: returning it is E0515 (the engine ran it).
fn words() -> Vec<&'static str> {
    let mut out = Vec::new();
    let text = String::from("p q");
    let mut add = |w| out.push(w);
    for w in text.split(' ') {
        add(w);
    }
    out
}

fn main() {
    println!("{:?}", words());
}
// error: E0515 at 9:5
