// A Vec<Box<dyn Describe>> dropped at the end: each box freed in order, a Drop impl printing for one type.
trait Describe {
    fn describe(&self) -> String;
}

struct Small(u8);
struct Named(String);

impl Describe for Small {
    fn describe(&self) -> String {
        format!("small {}", self.0)
    }
}
impl Describe for Named {
    fn describe(&self) -> String {
        format!("named {}", self.0)
    }
}
impl Drop for Named {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut items: Vec<Box<dyn Describe>> = Vec::new();
    items.push(Box::new(Small(1)));
    items.push(Box::new(Named(String::from("n1"))));
    items.push(Box::new(Named(String::from("n2"))));
    for i in &items {
        println!("{}", i.describe());
    }
}
// expect: small 1
// expect: named n1
// expect: named n2
// expect: drop n1
// expect: drop n2
