// A derived Debug tuple struct prints like `Meters(5)`, and `let Meters(m) = x` unpacks it.
#[derive(Debug)]
struct Meters(u32);

fn main() {
    let d = Meters(5);
    println!("{:?}", d);
    let Meters(m) = d;
    println!("{}", m);
}
// expect: Meters(5)
// expect: 5
