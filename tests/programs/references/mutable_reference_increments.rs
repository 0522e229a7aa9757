// Through `&mut x`, `*r += 1` changes x itself.
fn main() {
    let mut x = 10;
    {
        let r = &mut x;
        *r += 1;
        *r *= 2;
    }
    println!("x = {}", x);
}
// expect: x = 22
