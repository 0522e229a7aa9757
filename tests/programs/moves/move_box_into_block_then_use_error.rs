// A Box moved into an inner variable cannot be used through the old name afterwards.
fn main() {
    let b = Box::new(1);
    {
        let c = b;
        println!("{}", c);
    }
    println!("{}", b);
}
// error: E0382 at 8:20
