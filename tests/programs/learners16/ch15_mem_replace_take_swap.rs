// std::mem::replace, take and swap on Strings and Vecs held in a struct through &mut self.
use std::mem;

struct Editor {
    current: String,
    history: Vec<String>,
}

impl Editor {
    fn commit(&mut self, next: &str) {
        let old = mem::replace(&mut self.current, next.to_string());
        self.history.push(old);
    }
    fn clear_history(&mut self) -> Vec<String> {
        mem::take(&mut self.history)
    }
}

fn main() {
    let mut e = Editor { current: String::from("a"), history: Vec::new() };
    e.commit("b");
    e.commit("c");
    println!("{} {:?}", e.current, e.history);
    let h = e.clear_history();
    println!("{:?} {:?}", h, e.history);
    let mut x = String::from("left");
    let mut y = String::from("right");
    mem::swap(&mut x, &mut y);
    println!("{} {}", x, y);
}
// expect: c ["a", "b"]
// expect: ["a", "b"] []
// expect: right left
