// into_keys and into_values of a HashMap: each entry moved out as into_iter moves it, the other half dropped as it is taken (a String value freed at its pull), the table freed with the iterator.
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert(String::from("Ann"), 31);
    ages.insert(String::from("Bo"), 27);
    ages.insert(String::from("Cy"), 45);
    let mut names: Vec<String> = ages.into_keys().collect();
    names.sort();
    println!("{:?}", names);

    let mut ids: HashMap<u32, u32> = HashMap::new();
    ids.insert(7, 31);
    ids.insert(8, 27);
    ids.insert(9, 45);
    let mut years: Vec<u32> = ids.into_values().collect();
    years.sort();
    println!("{:?}", years);

    let mut notes: HashMap<u8, String> = HashMap::new();
    notes.insert(1, "one!".to_string());
    let total: usize = notes.into_values().map(|s| s.len()).sum();
    println!("{}", total);
}
// expect: ["Ann", "Bo", "Cy"]
// expect: [27, 31, 45]
// expect: 4
