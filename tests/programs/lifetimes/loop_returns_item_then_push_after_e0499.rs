// Returning an item of `iter_mut()` from inside the loop keeps the Vec borrowed after it: pushing after the loop is E0499.
struct List {
    items: Vec<String>,
}

impl List {
    fn find_or_add(&mut self, s: &str) -> &mut String {
        for it in self.items.iter_mut() {
            if it == s {
                return it;
            }
        }
        self.items.push(s.to_string());
        self.items.last_mut().unwrap()
    }
}

fn main() {
    let mut l = List { items: vec![] };
    l.find_or_add("a").push('!');
    println!("{:?}", l.items);
}
// error: E0499 at 13:9
