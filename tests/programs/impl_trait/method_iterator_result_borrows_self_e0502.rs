// The `&str`s a method's `impl Iterator<Item = &str>` gives borrow the struct: pushing to its Vec while they are kept is E0502.
struct Roster {
    names: Vec<String>,
}

impl Roster {
    fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(|s| s.as_str())
    }
}

fn main() {
    let mut r = Roster { names: vec![String::from("Ada"), String::from("Grace")] };
    let kept: Vec<&str> = r.names().collect();
    r.names.push(String::from("Linus"));
    println!("{:?}", kept);
}
// error: E0502 at 15:5
