// An iterator a method returned still borrows its owner: moving the owner into `drop` before the iterator is used is E0505.
struct Roster {
    names: Vec<String>,
}

impl Roster {
    fn names(&self) -> impl Iterator<Item = &String> {
        self.names.iter()
    }
}

fn main() {
    let r = Roster { names: vec![String::from("Ada")] };
    let it = r.names();
    drop(r);
    println!("{}", it.count());
}
// error: E0505 at 15:10
