// A borrow of a local inside a Vec inside a Vec is still returned with it (E0515).
fn grid() -> Vec<Vec<&'static str>> {
    let cell = String::from("x");
    vec![vec![&cell], vec![]]
}

fn main() {
    println!("{:?}", grid());
}
// error: E0515 at 4:5
