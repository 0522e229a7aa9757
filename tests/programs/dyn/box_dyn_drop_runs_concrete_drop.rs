// Dropping a `Box<dyn Trait>` runs the concrete type's `Drop` impl and then its fields' drops, and frees the Box with the concrete size.
trait Job {
    fn run(&self);
}

struct Printer {
    name: String,
}

impl Job for Printer {
    fn run(&self) {
        println!("printing for {}", self.name);
    }
}

impl Drop for Printer {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let job: Box<dyn Job> = Box::new(Printer { name: String::from("ann") });
    job.run();
    drop(job);
    println!("after");
}
// expect: printing for ann
// expect: drop ann
// expect: after
