// eq takes its other side by reference: passing the value itself is E0308 at the argument.
#[derive(PartialEq)]
struct Meters(u32);

fn main() {
    let a = Meters(3);
    println!("{}", a.eq(Meters(3)));
}
// error: E0308 at 7:25
