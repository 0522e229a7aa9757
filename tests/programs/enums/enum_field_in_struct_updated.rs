// A struct with an enum field updated through &mut: matching on the old status picks the new one.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Todo,
    Doing,
    Done,
}

struct Task {
    name: String,
    status: Status,
}

fn advance(task: &mut Task) {
    task.status = match task.status {
        Status::Todo => Status::Doing,
        Status::Doing | Status::Done => Status::Done,
    };
}

fn main() {
    let mut t = Task { name: String::from("write tests"), status: Status::Todo };
    for _ in 0..3 {
        advance(&mut t);
        println!("{}: {:?}", t.name, t.status);
    }
    println!("{}", t.status == Status::Done);
}
// expect: write tests: Doing
// expect: write tests: Done
// expect: write tests: Done
// expect: true
