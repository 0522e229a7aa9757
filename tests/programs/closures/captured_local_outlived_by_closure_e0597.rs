// A closure outliving a local it borrows is error E0597 at the use that captured it inside the body, not at the closure.
fn main() {
    let f;
    {
        let x = 5;
        f = || x + 1;
    }
    println!("{}", f());
}
// error: E0597 at 6:16
