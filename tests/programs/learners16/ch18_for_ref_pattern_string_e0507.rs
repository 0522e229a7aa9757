// for &(ref?) (name, n) in &v with a String inside: `&(name, n)` tries to move the String out, E0507.
fn main() {
    let v = vec![(String::from("a"), 1)];
    for &(name, n) in &v {
        println!("{} {}", name, n);
    }
}
// error: E0507 at 4:23
