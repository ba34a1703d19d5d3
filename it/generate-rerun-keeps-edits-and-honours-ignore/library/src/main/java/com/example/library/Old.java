package com.example.library;

class Old {
    // ours: kept when it is no longer generated
}
