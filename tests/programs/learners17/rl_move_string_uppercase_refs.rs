// Rustlings-style: borrow for reading, then give ownership away, choosing & or value per function.
fn get_char(data: &String) -> char {
    data.chars().last().unwrap()
}

fn string_uppercase(mut data: String) {
    data = data.to_uppercase();
    println!("{}", data);
}

fn main() {
    let data = "Rust is great!".to_string();
    println!("{}", get_char(&data));
    string_uppercase(data);
}
// expect: !
// expect: RUST IS GREAT!
