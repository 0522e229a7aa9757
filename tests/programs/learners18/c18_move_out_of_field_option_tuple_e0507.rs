// Matching a field's Option of a tuple by value through &self: `self.slot.0` as enum variant `Some`, E0507.
struct Cache {
    slot: Option<(String, u32)>,
}

impl Cache {
    fn key(&self) -> String {
        match self.slot {
            Some((k, _)) => k,
            None => String::new(),
        }
    }
}

fn main() {
    let c = Cache { slot: Some(("k".to_string(), 1)) };
    println!("{}", c.key());
}
// error: E0507 at 8:15
