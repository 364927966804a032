{{%AUTOESCAPE context="HTML"}}<ul class="navbar-nav me-auto">
        {{#NAV_ITEM}}<li class="nav-item"><a class="nav-link{{#CURRENT}} active{{/CURRENT}}" href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
        {{/NAV_ITEM}}
        {{#ADMIN_MENU}}<li class="nav-item">
          <details class="nav-menu">
            <summary class="nav-link{{#MENU_CURRENT}} active{{/MENU_CURRENT}}" id="admin-menu">Administration</summary>
            <ul class="dropdown-menu show shadow" aria-labelledby="admin-menu">
              {{#NAV_ITEM}}<li><a class="nav-link dropdown-item{{#CURRENT}} active{{/CURRENT}}" href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
              {{/NAV_ITEM}}
            </ul>
          </details>
        </li>{{/ADMIN_MENU}}
      </ul>
