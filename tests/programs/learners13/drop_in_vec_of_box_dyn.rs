// A Vec<Box<dyn Component>> whose concrete types implement Drop: truncate, remove and the end of main drop them.
trait Component {
    fn update(&mut self) -> String;
}

struct Timer {
    ticks: u32,
}
struct Sprite {
    name: String,
}

impl Component for Timer {
    fn update(&mut self) -> String {
        self.ticks += 1;
        format!("timer {}", self.ticks)
    }
}
impl Component for Sprite {
    fn update(&mut self) -> String {
        self.name.push('*');
        self.name.clone()
    }
}
impl Drop for Timer {
    fn drop(&mut self) {
        println!("drop timer at {}", self.ticks);
    }
}
impl Drop for Sprite {
    fn drop(&mut self) {
        println!("drop sprite {}", self.name);
    }
}

fn main() {
    let mut parts: Vec<Box<dyn Component>> = vec![
        Box::new(Timer { ticks: 0 }),
        Box::new(Sprite { name: "hero".to_string() }),
        Box::new(Timer { ticks: 10 }),
        Box::new(Sprite { name: "foe".to_string() }),
    ];
    for round in 0..2 {
        let out: Vec<String> = parts.iter_mut().map(|c| c.update()).collect();
        println!("round {}: {:?}", round, out);
    }
    let removed = parts.remove(1);
    println!("removed one");
    drop(removed);
    parts.truncate(2);
    println!("truncated to {}", parts.len());
}
// expect: round 0: ["timer 1", "hero*", "timer 11", "foe*"]
// expect: round 1: ["timer 2", "hero**", "timer 12", "foe**"]
// expect: removed one
// expect: drop sprite hero**
// expect: drop sprite foe**
// expect: truncated to 2
// expect: drop timer at 2
// expect: drop timer at 12
