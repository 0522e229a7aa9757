// An observer pattern: a Subject holding Vec<Rc<RefCell<dyn-less Logger>>> and notifying each, counts shown after.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Logger {
    name: String,
    seen: Vec<String>,
}

struct Subject {
    observers: Vec<Rc<RefCell<Logger>>>,
}

impl Subject {
    fn notify(&self, event: &str) {
        for o in &self.observers {
            o.borrow_mut().seen.push(event.to_string());
        }
    }
}

fn main() {
    let a = Rc::new(RefCell::new(Logger { name: "a".into(), seen: vec![] }));
    let b = Rc::new(RefCell::new(Logger { name: "b".into(), seen: vec![] }));
    let subject = Subject { observers: vec![Rc::clone(&a), Rc::clone(&b), Rc::clone(&a)] };
    subject.notify("start");
    subject.notify("stop");
    println!("{:?}", a.borrow().seen);
    println!("{} saw {}", b.borrow().name, b.borrow().seen.len());
    println!("counts {} {}", Rc::strong_count(&a), Rc::strong_count(&b));
    drop(subject);
    println!("counts {} {}", Rc::strong_count(&a), Rc::strong_count(&b));
    println!("{:#?}", b.borrow());
}
// expect: ["start", "start", "stop", "stop"]
// expect: b saw 2
// expect: counts 3 2
// expect: counts 1 1
// expect: Logger {
// expect:     name: "b",
// expect:     seen: [
// expect:         "start",
// expect:         "stop",
// expect:     ],
// expect: }
