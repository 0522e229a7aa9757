// A Vec<String> owns a buffer of String headers, each owning its own text buffer.
fn main() {
    let mut names = Vec::new();
    names.push(String::from("Ada"));
    names.push(String::from("Grace"));
    println!("{:?} {} {}", names, names.len(), names.capacity());
}
// expect: ["Ada", "Grace"] 2 4
