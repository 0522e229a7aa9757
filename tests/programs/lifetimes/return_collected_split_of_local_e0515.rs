// The pieces `split` yields borrow the local text, so a Vec collected from them cannot be returned (E0515).
fn words() -> Vec<&'static str> {
    let text = String::from("a b");
    text.split(' ').collect()
}

fn main() {
    println!("{:?}", words());
}
// error: E0515 at 4:5
