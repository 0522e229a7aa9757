// A hand-written PartialEq comparing case-insensitively, and PartialEq<&str> for a struct, with == and !=.
#[derive(Debug)]
struct Tag {
    name: String,
}

impl PartialEq for Tag {
    fn eq(&self, other: &Tag) -> bool {
        println!("  comparing {} with {}", self.name, other.name);
        self.name.to_lowercase() == other.name.to_lowercase()
    }
}

impl PartialEq<&str> for Tag {
    fn eq(&self, other: &&str) -> bool {
        self.name.eq_ignore_ascii_case(other)
    }
}

fn main() {
    let a = Tag { name: String::from("Rust") };
    let b = Tag { name: String::from("RUST") };
    let c = Tag { name: String::from("go") };
    println!("a == b: {}", a == b);
    println!("a != c: {}", a != c);
    println!("a == \"rust\": {}", a == "rust");
    println!("c == \"Go\": {}", c == "Go");
}
// expect:   comparing Rust with RUST
// expect: a == b: true
// expect:   comparing Rust with go
// expect: a != c: true
// expect: a == "rust": true
// expect: c == "Go": true
