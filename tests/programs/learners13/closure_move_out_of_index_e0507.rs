// Moving a String out of a Vec by index inside a map closure is E0507.
fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let firsts: Vec<String> = (0..2).map(|i| names[i]).collect();
    println!("{:?}", firsts);
}
// error: E0507 at 4:46
