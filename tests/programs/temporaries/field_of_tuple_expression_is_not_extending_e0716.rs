// `(&String::from("a"),).0` takes a field of the tuple, which is not an extending position: the String dies at the `;` (E0716).
fn main() {
    let r = (&String::from("a"),).0;
    println!("{}", r);
}
// error: E0716 at 3:15
