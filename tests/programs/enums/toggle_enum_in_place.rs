// A `&mut self` method on an enum replaces the whole value with `*self = ...`, moving between variants.
#[derive(Debug)]
enum Switch {
    On { since: u32 },
    Off,
}

impl Switch {
    fn toggle(&mut self, now: u32) {
        *self = match self {
            Switch::On { .. } => Switch::Off,
            Switch::Off => Switch::On { since: now },
        };
    }

    fn is_on(&self) -> bool {
        matches!(self, Switch::On { .. })
    }
}

fn main() {
    let mut s = Switch::Off;
    for t in 1..=3 {
        s.toggle(t);
        println!("{:?} {}", s, s.is_on());
    }
}
// expect: On { since: 1 } true
// expect: Off false
// expect: On { since: 3 } true
