// An event bus holding Vec<Box<dyn FnMut(&str)>> callbacks that each keep their own counters.
struct Bus {
    handlers: Vec<Box<dyn FnMut(&str)>>,
}

impl Bus {
    fn new() -> Self {
        Bus { handlers: Vec::new() }
    }
    fn subscribe(&mut self, h: Box<dyn FnMut(&str)>) {
        self.handlers.push(h);
        println!("now {} handlers", self.handlers.len());
    }
    fn emit(&mut self, event: &str) {
        println!("emit {}", event);
        for h in self.handlers.iter_mut() {
            h(event);
        }
    }
}

fn main() {
    let mut bus = Bus::new();
    let mut seen = 0;
    bus.subscribe(Box::new(move |e| {
        seen += 1;
        println!("  logger #{}: {}", seen, e);
    }));
    let prefix = String::from(">>");
    bus.subscribe(Box::new(move |e| {
        if e.starts_with('k') {
            println!("  {} key event {}", prefix, e);
        }
    }));
    bus.emit("click");
    bus.emit("keydown");
    bus.emit("keyup");
}
// expect: now 1 handlers
// expect: now 2 handlers
// expect: emit click
// expect:   logger #1: click
// expect: emit keydown
// expect:   logger #2: keydown
// expect:   >> key event keydown
// expect: emit keyup
// expect:   logger #3: keyup
// expect:   >> key event keyup
