// Option<Box<dyn Trait>> emptied by take(), replaced, then dropped at end; drop order messages.
trait Job {
    fn run(&self) -> String;
}

struct Print(&'static str);

impl Job for Print {
    fn run(&self) -> String {
        format!("print {}", self.0)
    }
}

impl Drop for Print {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut slot: Option<Box<dyn Job>> = Some(Box::new(Print("first")));
    if let Some(j) = slot.take() {
        println!("{}", j.run());
    }
    println!("slot empty: {}", slot.is_none());
    slot = Some(Box::new(Print("second")));
    slot.replace(Box::new(Print("third")));
    println!("{}", slot.as_ref().map(|j| j.run()).unwrap_or_default());
}
// expect: print first
// expect: drop first
// expect: slot empty: true
// expect: drop second
// expect: print third
// expect: drop third
