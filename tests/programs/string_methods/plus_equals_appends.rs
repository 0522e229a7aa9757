// `s += "..."` appends in place, reallocating when the capacity runs out.
fn main() {
    let mut s = String::from("tic");
    s += "-tac";
    s += "-toe";
    println!("{} cap {}", s, s.capacity());
}
// expect: tic-tac-toe cap 16
