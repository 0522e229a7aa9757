// A closure bound by `let` with a parameter written `&str` takes references of any lifetime its caller picks: pushing one into a captured Vec lets it escape the call (E0521 at the push).
fn main() {
    let mut out: Vec<&str> = Vec::new();
    let mut add = |w: &str| out.push(w);
    let text = String::from("a b");
    add(&text);
    println!("{:?}", out);
}
// error: E0521 at 4:29
