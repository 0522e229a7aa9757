// Returning Box<dyn Trait> picked at run time, and a &dyn Trait chosen from a slice.
trait Greeter {
    fn greet(&self, who: &str) -> String;
}

struct English;
struct French {
    formal: bool,
}

impl Greeter for English {
    fn greet(&self, who: &str) -> String {
        format!("Hello, {who}")
    }
}

impl Greeter for French {
    fn greet(&self, who: &str) -> String {
        if self.formal {
            format!("Bonjour, {who}")
        } else {
            format!("Salut, {who}")
        }
    }
}

fn pick(lang: &str) -> Box<dyn Greeter> {
    if lang == "fr" {
        Box::new(French { formal: true })
    } else {
        Box::new(English)
    }
}

fn main() {
    for l in ["en", "fr"] {
        println!("{}", pick(l).greet("Ana"));
    }
    let casual = French { formal: false };
    let all: [&dyn Greeter; 2] = [&English, &casual];
    for g in all.iter() {
        println!("{}", g.greet("Bo"));
    }
}
// expect: Hello, Ana
// expect: Bonjour, Ana
// expect: Hello, Bo
// expect: Salut, Bo
