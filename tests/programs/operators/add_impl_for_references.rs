// `impl Add for &Big` makes `&a + &b` add two borrowed values without moving them.
use std::ops::Add;
#[derive(Debug)]
struct Big(Vec<u32>);
impl Add for &Big {
    type Output = Big;
    fn add(self, o: &Big) -> Big {
        Big(self.0.iter().zip(o.0.iter()).map(|(a, b)| a + b).collect())
    }
}
fn main() {
    let a = Big(vec![1, 2]);
    let b = Big(vec![10, 20]);
    let c = &a + &b;
    println!("{:?} {:?} {:?}", a, b, c);
}
// expect: Big([1, 2]) Big([10, 20]) Big([11, 22])
