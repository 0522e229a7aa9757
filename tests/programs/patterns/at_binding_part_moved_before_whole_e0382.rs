// The parts after `@` are bound first: a String moved out by a part leaves the value partly moved when the whole is bound (E0382 at the whole).
fn main() {
    let p = (String::from("s"), 2);
    let whole @ (s, b) = p;
    println!("{:?} {} {}", whole, s, b);
}
// error: E0382 at 4:9
