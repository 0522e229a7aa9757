// s1 + s2 with a String on the right (not &str): E0308 mismatched types.
fn main() {
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s = s1 + s2;
    println!("{}", s);
}
// error: E0308 at 5:18
