// A struct holding a reference to a value from an inner block, used after the block: E0597.
#[derive(Debug)]
struct Borrowed<'a>(&'a i32);

fn main() {
    let b;
    {
        let x = 18;
        b = Borrowed(&x);
    }
    println!("{:?}", b);
}
// error: E0597 at 9:22
