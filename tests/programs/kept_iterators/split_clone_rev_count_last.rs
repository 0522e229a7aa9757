// A clone of a kept split copies its position: `rev`, `count` and `last` on clones leave the original where it was.
fn main() {
    let line = "k=v=w";
    let mut parts = line.split('=');
    let key = parts.next().unwrap_or("");
    let backwards: Vec<&str> = parts.clone().rev().collect();
    println!("{} {:?}", key, backwards);
    println!("{} {:?}", parts.clone().count(), parts.clone().last());
    println!("{:?} {:?}", parts.next(), parts.next());
}
// expect: k ["w", "v"]
// expect: 2 Some("w")
// expect: Some("v") Some("w")
