// An enum whose variants own a Vec or a String frees only the active variant's buffer when it goes out of scope.
#[derive(Debug)]
enum Inventory {
    Items(Vec<u32>),
    Label(String),
    Empty,
}

fn describe(inv: &Inventory) -> String {
    match inv {
        Inventory::Items(v) => format!("{} items", v.len()),
        Inventory::Label(s) => format!("label {}", s),
        Inventory::Empty => String::from("empty"),
    }
}

fn main() {
    let a = Inventory::Items(vec![4, 5, 6]);
    let b = Inventory::Label(String::from("crate"));
    let c = Inventory::Empty;
    println!("{}", describe(&a));
    println!("{}", describe(&b));
    println!("{}", describe(&c));
    let all = vec![a, b, c];
    println!("{:?}", all);
}
// expect: 3 items
// expect: label crate
// expect: empty
// expect: [Items([4, 5, 6]), Label("crate"), Empty]
