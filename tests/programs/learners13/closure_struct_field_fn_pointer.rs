// A Button struct with a Box<dyn Fn() -> String> field called as (self.on_click)(), and a fn pointer field.
struct Button {
    label: String,
    on_click: Box<dyn Fn(u32) -> String>,
    format: fn(&str) -> String,
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn whisper(s: &str) -> String {
    s.to_lowercase()
}

impl Button {
    fn click(&self, times: u32) {
        let msg = (self.on_click)(times);
        println!("{}: {}", (self.format)(&self.label), msg);
    }
}

fn main() {
    let greeting = String::from("hi");
    let b1 = Button {
        label: String::from("Ok"),
        on_click: Box::new(move |n| format!("{} x{}", greeting, n)),
        format: shout,
    };
    let b2 = Button { label: String::from("Cancel"), on_click: Box::new(|n| "-".repeat(n as usize)), format: whisper };
    b1.click(1);
    b1.click(3);
    b2.click(4);
    println!("size of fn pointer: {}", std::mem::size_of::<fn(&str) -> String>());
}
// expect: OK: hi x1
// expect: OK: hi x3
// expect: cancel: ----
// expect: size of fn pointer: 8
