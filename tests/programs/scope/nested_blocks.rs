// Nested blocks end innermost first, each dropping its own values.
fn main() {
    let a = String::from("a");
    {
        let b = String::from("bb");
        {
            let c = String::from("ccc");
            println!("{} {} {}", a, b, c);
        }
        println!("{} {}", a, b);
    }
    println!("{}", a);
}
// expect: a bb ccc
// expect: a bb
// expect: a
