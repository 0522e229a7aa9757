// Inserting a String key moves it into the map: using it afterwards is E0382.
use std::collections::HashMap;

fn main() {
    let field_name = String::from("Favorite color");
    let field_value = String::from("Blue");
    let mut map = HashMap::new();
    map.insert(field_name, field_value);
    println!("{field_name}");
    println!("{}", map.len());
}
// error: E0382 at 9:16
