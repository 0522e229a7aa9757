// A borrow of a local as the tail of a block with statements is E0515 at that tail.
fn pick(n: i32) -> &'static String {
    let owned = String::from("many");
    {
        let _doubled = n * 2;
        &owned
    }
}

fn main() {
    println!("{}", pick(2));
}
// error: E0515 at 6:9
